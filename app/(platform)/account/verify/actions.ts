"use server";
// 修改个人信息 / 修改法人信息 → 保存: find the session, parse with zod, run the automatic check in
// lib/verification, then show the result on the page (read back from the account, not the URL).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { safeNextPath } from "@/lib/accounts/notices";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import type { SaveIdentityResult } from "@/lib/verification/save-identity-result";
import { saveLegalIdentity } from "@/lib/verification/save-legal-identity";
import { saveNaturalIdentity } from "@/lib/verification/save-natural-identity";
import { identityFieldErrors, legalIdentitySchema, naturalIdentitySchema, type IdentityFieldErrors } from "@/lib/verification/schemas";
import { formFields } from "../../_lib/form-input";
import type { LegalIdentityField, LegalIdentityState, NaturalIdentityField, NaturalIdentityState } from "./form-types";

const withNext = (path: string, next: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

async function requireSession(next: string | null) {
  const session = await getCurrentSession();
  if (!session) redirect(`/login?notice=sessionEnded&next=${encodeURIComponent(withNext("/account/verify", next))}`);
  return session;
}

async function translate<Field extends string>(errors: IdentityFieldErrors): Promise<Partial<Record<Field, string>>> {
  const t = await getTranslations("verification");
  const out: Partial<Record<Field, string>> = {};
  for (const [field, key] of Object.entries(errors)) if (key) out[field as Field] = t(key);
  return out;
}

/** The outcomes that stay on the form; the rest move on to the page that shows them. */
async function settle<State extends NaturalIdentityState | LegalIdentityState>(result: SaveIdentityResult, values: Record<string, string>, next: string | null): Promise<State> {
  if (result.outcome === "idAlreadyVerified") return { ok: false, idAlreadyVerified: true, values } as State;
  if (result.outcome === "limited") {
    const t = await getTranslations("verification.status");
    return { ok: false, formError: t("limited", { minutes: retryAfterMinutes(result.retryAfterSeconds) }), values } as State;
  }
  if (result.outcome === "manual") redirect(withNext("/account/verify/upload", next));
  redirect(withNext("/account/verify", next));
}

// What the user typed goes back into the form after an error (their own input, to this session
// only); once saved, an ID number is only ever shown masked.
const keptValues = (fields: Record<string, string>, names: string[]) => Object.fromEntries(names.map((name) => [name, fields[name] ?? ""]));

export async function saveNaturalIdentityAction(_previous: NaturalIdentityState | null, formData: FormData): Promise<NaturalIdentityState> {
  const fields = formFields(formData);
  const next = safeNextPath(fields.next);
  const session = await requireSession(next);
  const values = keptValues(fields, ["personName", "idType", "idNumber"]);
  const parsed = naturalIdentitySchema.safeParse(fields);
  if (!parsed.success) return { ok: false, fieldErrors: await translate<NaturalIdentityField>(identityFieldErrors(parsed.error)), values };
  const result = await saveNaturalIdentity({ db: db(), accountId: session.accountId, input: parsed.data, client: await requestClient() });
  return settle<NaturalIdentityState>(result, values, next);
}

export async function saveLegalIdentityAction(_previous: LegalIdentityState | null, formData: FormData): Promise<LegalIdentityState> {
  const fields = formFields(formData);
  const next = safeNextPath(fields.next);
  const session = await requireSession(next);
  const values = keptValues(fields, ["orgName", "agentName", "agentMobile", "legalRepName", "legalRepId"]);
  const parsed = legalIdentitySchema.safeParse(fields);
  if (!parsed.success) return { ok: false, fieldErrors: await translate<LegalIdentityField>(identityFieldErrors(parsed.error)), values };
  const result = await saveLegalIdentity({ db: db(), accountId: session.accountId, input: parsed.data, client: await requestClient() });
  return settle<LegalIdentityState>(result, values, next);
}
