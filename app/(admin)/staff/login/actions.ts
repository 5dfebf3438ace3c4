"use server";
// Staff login, first factor: zod → lib/staff logInStaff → half-open session cookie → the TOTP page.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { deleteStaffSession } from "@/lib/staff/delete-staff-session";
import { logInStaff } from "@/lib/staff/log-in-staff";
import { staffLoginSchema } from "@/lib/staff/schemas";
import { readStaffToken, setStaffCookie } from "@/lib/staff/staff-cookie";
import type { StaffLoginState } from "../_components/form-types";

export async function logInStaffAction(_previous: StaffLoginState | null, formData: FormData): Promise<StaffLoginState> {
  const t = await getTranslations("staff");
  const name = formData.get("name");
  const values = { name: typeof name === "string" ? name.slice(0, 64) : "" };
  const parsed = staffLoginSchema.safeParse({ name: formData.get("name"), password: formData.get("password") });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"name" | "password", string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "name" || field === "password") fieldErrors[field] ??= t("form.required");
    }
    return { ok: false, fieldErrors, values };
  }
  const result = await logInStaff({ db: db(), name: parsed.data.name, password: parsed.data.password, client: await requestClient() });
  if (result.kind === "locked") return { ok: false, formError: t("login.locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), values };
  if (result.kind === "invalid") return { ok: false, formError: t("login.invalid"), values };
  // Whatever staff session this browser had ends: one browser, one staff session.
  await deleteStaffSession({ db: db(), token: await readStaffToken() });
  await setStaffCookie(result.token, result.expiresAt);
  redirect("/staff/login/totp");
}
