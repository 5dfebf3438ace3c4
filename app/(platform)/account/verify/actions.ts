"use server";
// 修改个人信息 / 修改法人信息 → 保存 through the one form-action adapter: find the session (back here
// after logging in), parse with zod, run the automatic check in lib/verification, then show the
// result on the page (read back from the account, not the URL). A failure of ours comes back in
// words with a reference (the adapter logs it once), what was typed kept.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { FormFields } from "@/lib/actions/form-fields";
import { retryAfterMinutes } from "@/lib/accounts/login-throttle-rules";
import { safeNextPath } from "@/lib/accounts/notices";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import type { ValidSession } from "@/lib/sessions/validate-session";
import type { SaveIdentityResult } from "@/lib/verification/save-identity-result";
import { saveLegalIdentity } from "@/lib/verification/save-legal-identity";
import { saveNaturalIdentity } from "@/lib/verification/save-natural-identity";
import { identityFieldErrors, legalIdentitySchema, naturalIdentitySchema, type IdentityFieldErrors } from "@/lib/verification/schemas";
import type { LegalIdentityField, LegalIdentityState, NaturalIdentityField, NaturalIdentityState } from "./form-types";

const withNext = (path: string, next: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);
/** Where the journey goes on after verifying (a hidden field; only our own paths). */
const nextOf = (fields: FormFields) => safeNextPath(fields.next);

/** The session; without one, the login, and after it back to this form. */
async function requireSession(formData: FormData): Promise<ValidSession> {
  const session = await getCurrentSession();
  const next = formData.get("next");
  if (!session) redirect(`/login?notice=sessionEnded&next=${encodeURIComponent(withNext("/account/verify", safeNextPath(typeof next === "string" ? next : null)))}`);
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
const keptValues = (fields: FormFields, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, fields[name] ?? ""]));
const NATURAL_FIELDS = ["personName", "idType", "idNumber"] as const;
const LEGAL_FIELDS = ["orgName", "agentName", "agentMobile", "legalRepName", "legalRepId"] as const;

const saveNatural = formAction<z.output<typeof naturalIdentitySchema>, ValidSession, NaturalIdentityState>({
  name: "verification.natural",
  authorise: requireSession,
  schema: naturalIdentitySchema,
  invalid: async (issues, { fields }) => ({ ok: false, fieldErrors: await translate<NaturalIdentityField>(identityFieldErrors({ issues })), values: keptValues(fields, NATURAL_FIELDS) }),
  failed: (formError, { fields }) => ({ ok: false, formError, values: keptValues(fields, NATURAL_FIELDS) }),
  run: async ({ input, actor: session, fields }) => {
    const result = await saveNaturalIdentity({ db: db(), accountId: session.accountId, input, client: await requestClient() });
    return settle<NaturalIdentityState>(result, keptValues(fields, NATURAL_FIELDS), nextOf(fields));
  },
});

const saveLegal = formAction<z.output<typeof legalIdentitySchema>, ValidSession, LegalIdentityState>({
  name: "verification.legal",
  authorise: requireSession,
  schema: legalIdentitySchema,
  invalid: async (issues, { fields }) => ({ ok: false, fieldErrors: await translate<LegalIdentityField>(identityFieldErrors({ issues })), values: keptValues(fields, LEGAL_FIELDS) }),
  failed: (formError, { fields }) => ({ ok: false, formError, values: keptValues(fields, LEGAL_FIELDS) }),
  run: async ({ input, actor: session, fields }) => {
    const result = await saveLegalIdentity({ db: db(), accountId: session.accountId, input, client: await requestClient() });
    return settle<LegalIdentityState>(result, keptValues(fields, LEGAL_FIELDS), nextOf(fields));
  },
});

export async function saveNaturalIdentityAction(previous: NaturalIdentityState | null, formData: FormData): Promise<NaturalIdentityState> {
  return saveNatural(previous, formData);
}

export async function saveLegalIdentityAction(previous: LegalIdentityState | null, formData: FormData): Promise<LegalIdentityState> {
  return saveLegal(previous, formData);
}
