"use server";
// Staff login, first factor, through the one form-action adapter: anyone may try → zod →
// lib/staff logInStaff → half-open session cookie → the TOTP page. The name typed is kept on every
// refusal; a failure of ours comes back in words with a reference (the adapter logs it once).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { FormFields } from "@/lib/actions/form-fields";
import { formAction } from "@/lib/actions/form-action";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { deleteStaffSession } from "@/lib/staff/delete-staff-session";
import { logInStaff } from "@/lib/staff/log-in-staff";
import { staffLoginSchema } from "@/lib/staff/schemas";
import { readStaffToken, setStaffCookie } from "@/lib/staff/staff-cookie";
import type { StaffLoginState } from "../_components/form-types";

const kept = (fields: FormFields) => ({ name: (fields.name ?? "").slice(0, 64) });

const logIn = formAction<z.infer<typeof staffLoginSchema>, null, StaffLoginState>({
  name: "staff.login",
  authorise: async () => null,
  schema: staffLoginSchema,
  invalid: async (issues, { fields }) => {
    const t = await getTranslations("staff");
    const fieldErrors: Partial<Record<"name" | "password", string>> = {};
    for (const issue of issues) {
      const field = issue.path[0];
      if (field === "name" || field === "password") fieldErrors[field] ??= t("form.required");
    }
    return { ok: false, fieldErrors, values: kept(fields) };
  },
  failed: (formError, { fields }) => ({ ok: false, formError, values: kept(fields) }),
  run: async ({ input, fields }) => {
    const t = await getTranslations("staff");
    const result = await logInStaff({ db: db(), name: input.name, password: input.password, client: await requestClient() });
    if (result.kind === "locked") return { ok: false, formError: t("login.locked", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), values: kept(fields) };
    if (result.kind === "invalid") return { ok: false, formError: t("login.invalid"), values: kept(fields) };
    // Whatever staff session this browser had ends: one browser, one staff session.
    await deleteStaffSession({ db: db(), token: await readStaffToken() });
    await setStaffCookie(result.token, result.expiresAt);
    redirect("/staff/login/totp");
  },
});

export async function logInStaffAction(previous: StaffLoginState | null, formData: FormData): Promise<StaffLoginState> {
  return logIn(previous, formData);
}
