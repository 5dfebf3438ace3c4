"use server";
// The guide's server actions: thin adapters (zod → lib → cookie → redirect). Each returns a
// FormState on failure, so the page shows the errors with JavaScript (useActionState) and without
// it (the form posts and the page renders again with the same state).
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/forms/form-state";
import { requestClient } from "@/lib/audit/request-client";
import { CaptchaInvalidError } from "@/lib/lookup/errors";
import { parseLookupInput } from "@/lib/lookup/parse-lookup-input";
import { confirmLookup, startLookup } from "@/lib/lookup/lookup-service";
import { codeFormSchema, captchaPayload, formFields, kindFormSchema, lookupFormSchema, maskMobile } from "./_lib/form-input";
import { forgetChallenge, keepChallenge, keepLookupResult, readChallenge } from "./_lib/guide-cookies";
import { describeLookupError, inputErrorMessage, type GuideError } from "./_lib/lookup-errors";

export type KindFormState = FormState<"kind"> | null;
export type LookupFormState = FormState<"q" | "captcha"> | null;
export type CodeFormState = FormState<"code"> | null;

export async function chooseKindAction(_previous: KindFormState, formData: FormData): Promise<KindFormState> {
  const parsed = kindFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return { ok: false, fieldErrors: { kind: (await getTranslations("guide.start"))("kindRequired") } };
  redirect(`/guide/${parsed.data.kind}`);
}

function failed(error: GuideError, q: string): LookupFormState {
  return error.field ? { ok: false, fieldErrors: { [error.field]: error.message }, values: { q } } : { ok: false, formError: error.message, values: { q } };
}

async function lookUp(kind: "enterprise" | "personal", formData: FormData): Promise<LookupFormState> {
  const form = lookupFormSchema.parse(formFields(formData));
  const q = form.q.slice(0, 100);
  // Checked here first so that a mobile typed on the enterprise page (or the reverse) gets this
  // page's message, and a typo costs neither a captcha nor a rate-limit point.
  const input = parseLookupInput(form.q);
  if (!input.ok) return failed({ field: "q", message: await inputErrorMessage(kind, input.code) }, q);
  if (input.kind !== kind) return failed({ field: "q", message: await inputErrorMessage(kind, kind === "enterprise" ? "lookup.q.uscc.length" : "lookup.q.mobile.format") }, q);
  const captcha = captchaPayload(form);

  let answer: Awaited<ReturnType<typeof startLookup>>;
  try {
    // Called even without a captcha answer, so a client over its limit is told to wait first.
    answer = await startLookup({ q: form.q, captcha, clientKey: await requestClient(), channel: "form" });
  } catch (error) {
    if (error instanceof CaptchaInvalidError && captcha === null) {
      // JavaScript on, submitted before the widget finished its proof of work.
      return failed({ field: "captcha", message: (await getTranslations("guide.errors"))("captchaMissing") }, q);
    }
    return failed(await describeLookupError(error, kind), q);
  }
  if (answer.status === "result") {
    await keepLookupResult(answer.result);
    redirect("/guide/result");
  }
  await keepChallenge({ challenge: answer.challenge, maskedMobile: maskMobile(input.value) });
  redirect("/guide/verify");
}

export async function lookUpEnterpriseAction(_previous: LookupFormState, formData: FormData): Promise<LookupFormState> {
  return lookUp("enterprise", formData);
}

export async function lookUpPersonalAction(_previous: LookupFormState, formData: FormData): Promise<LookupFormState> {
  return lookUp("personal", formData);
}

export async function confirmCodeAction(_previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  const { code } = codeFormSchema.parse(formFields(formData));
  const pending = await readChallenge();
  const t = await getTranslations("guide.errors");
  if (!pending) return { ok: false, formError: t("codeExpired") };
  const values = { code: code.slice(0, 20) };
  if (code.trim() === "") return { ok: false, fieldErrors: { code: t("codeEmpty") } };
  let result: Awaited<ReturnType<typeof confirmLookup>>;
  try {
    result = await confirmLookup({ challenge: pending.challenge, code, clientKey: await requestClient() });
  } catch (error) {
    const described = await describeLookupError(error, "personal");
    return described.field === "code" ? { ok: false, fieldErrors: { code: described.message }, values } : { ok: false, formError: described.message, values };
  }
  await forgetChallenge();
  await keepLookupResult(result);
  redirect("/guide/result");
}
