"use server";
// Staff login, second factor, through the one form-action adapter: the half-open session in the
// cookie is the authority (checked by lib/staff completeStaffTotp) → zod → full session cookie →
// the queue. A failure of ours comes back in words with a reference (the adapter logs it once).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { completeStaffTotp } from "@/lib/staff/complete-staff-totp";
import { totpCodeSchema } from "@/lib/staff/schemas";
import { clearStaffCookie, readStaffToken, setStaffCookie } from "@/lib/staff/staff-cookie";
import { normaliseTotpCode } from "@/lib/staff/totp";
import type { TotpState } from "../../_components/form-types";

const confirm = formAction<z.infer<typeof totpCodeSchema>, string | undefined, TotpState>({
  name: "staff.login.totp",
  authorise: () => readStaffToken(),
  schema: totpCodeSchema,
  invalid: async () => ({ ok: false, fieldErrors: { code: (await getTranslations("staff"))("form.required") } }),
  failed: (formError) => ({ ok: false, formError }),
  run: async ({ input, actor: token }) => {
    const t = await getTranslations("staff");
    if (!normaliseTotpCode(input.code)) return { ok: false, fieldErrors: { code: t("totp.codeFormat") } };
    const result = await completeStaffTotp({ db: db(), token, code: input.code, client: await requestClient() });
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
  },
});

export async function confirmTotpAction(previous: TotpState | null, formData: FormData): Promise<TotpState> {
  return confirm(previous, formData);
}
