"use server";
// Staff login, second factor: the code → lib/staff completeStaffTotp → full session cookie → queue.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { completeStaffTotp } from "@/lib/staff/complete-staff-totp";
import { totpCodeSchema } from "@/lib/staff/schemas";
import { clearStaffCookie, readStaffToken, setStaffCookie } from "@/lib/staff/staff-cookie";
import { normaliseTotpCode } from "@/lib/staff/totp";
import type { TotpState } from "../../_components/form-types";

export async function confirmTotpAction(_previous: TotpState | null, formData: FormData): Promise<TotpState> {
  const t = await getTranslations("staff");
  const parsed = totpCodeSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { ok: false, fieldErrors: { code: t("form.required") } };
  if (!normaliseTotpCode(parsed.data.code)) return { ok: false, fieldErrors: { code: t("totp.codeFormat") } };
  const result = await completeStaffTotp({ db: db(), token: await readStaffToken(), code: parsed.data.code, client: await requestClient() });
  switch (result.kind) {
    case "ok":
      await setStaffCookie(result.token, result.expiresAt);
      redirect("/staff");
    case "noSession":
      await clearStaffCookie();
      redirect("/staff/login?notice=sessionEnded");
    case "locked":
      await clearStaffCookie();
      return { ok: false, formError: t("totp.locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }) };
    case "invalid":
      return { ok: false, formError: t("totp.invalid"), fieldErrors: { code: t("totp.invalid") } };
  }
}
