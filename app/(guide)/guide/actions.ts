"use server";
// The guide's server actions through the one form-action adapter: anyone may look up → zod →
// lib/lookup → cookie → redirect. Each returns a FormState on failure, so the page shows the
// errors with JavaScript (useActionState) and without it (the form posts and the page renders
// again with the same state). Refusals of the lookup come back in words beside their field; a
// failure of ours in words with a reference (the adapter logs it once); what was typed is kept.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { formAction } from "@/lib/actions/form-action";
import { maskMobile } from "@/lib/audit/mask";
import { requestClient } from "@/lib/audit/request-client";
import { CaptchaInvalidError } from "@/lib/lookup/errors";
import { confirmLookup, startLookup } from "@/lib/lookup/lookup-service";
import { parseLookupInput } from "@/lib/lookup/parse-lookup-input";
import { captchaPayload, codeFormSchema, kindFormSchema, type LookupForm, lookupFormSchema } from "@/lib/lookup/schemas";
import { forgetChallenge, keepChallenge, keepLookupResult, readChallenge } from "./_lib/guide-cookies";
import { CaptchaMissingError, describeLookupError, inputErrorMessage } from "./_lib/lookup-errors";

export type KindFormState = FormState<"kind"> | null;
export type LookupFormState = FormState<"q" | "captcha"> | null;
export type CodeFormState = FormState<"code"> | null;

type Kind = "enterprise" | "personal";

const chooseKind = formAction<z.infer<typeof kindFormSchema>, null, NonNullable<KindFormState>>({
  name: "guide.kind",
  authorise: async () => null,
  schema: kindFormSchema,
  invalid: async () => ({ ok: false, fieldErrors: { kind: (await getTranslations("guide.start"))("kindRequired") } }),
  failed: (formError) => ({ ok: false, formError }),
  run: async ({ input }) => redirect(`/guide/${input.kind}`),
});

export async function chooseKindAction(previous: KindFormState, formData: FormData): Promise<KindFormState> {
  return chooseKind(previous, formData);
}

/** The words beside the field they concern (or for the whole form), what was typed kept. */
function refused<Field extends string>(words: string, field: Field | undefined, values: Partial<Record<Field, string>>): FormState<Field> {
  return field ? { ok: false, fieldErrors: { [field]: words } as Partial<Record<Field, string>>, values } : { ok: false, formError: words, values };
}

const keptQuery = (fields: Record<string, string>) => ({ q: (fields.q ?? "").slice(0, 100) });

function lookUpFor(kind: Kind) {
  return formAction<LookupForm, null, NonNullable<LookupFormState>>({
    name: `guide.lookup.${kind}`,
    authorise: async () => null,
    schema: lookupFormSchema,
    // Every field falls back to "" (the schema's catch): what cannot be read is an empty query.
    invalid: async (_issues, { fields }) => refused(await inputErrorMessage(kind, "lookup.q.empty"), "q", keptQuery(fields)),
    describe: (error) => describeLookupError(error, kind),
    failed: (words, { fields }, field) => refused(words, field === "q" || field === "captcha" ? field : undefined, keptQuery(fields)),
    run: async ({ input: form, fields }) => {
      // Checked here first so that a mobile typed on the enterprise page (or the reverse) gets this
      // page's message, and a typo costs neither a captcha nor a rate-limit point.
      const input = parseLookupInput(form.q);
      if (!input.ok) return refused(await inputErrorMessage(kind, input.code), "q", keptQuery(fields));
      if (input.kind !== kind) return refused(await inputErrorMessage(kind, kind === "enterprise" ? "lookup.q.uscc.length" : "lookup.q.mobile.format"), "q", keptQuery(fields));
      const captcha = captchaPayload(form);
      // Called even without a captcha answer, so a client over its limit is told to wait first.
      const answer = await startLookup({ q: form.q, captcha, clientKey: await requestClient(), channel: "form" }).catch((error: unknown) => {
        throw error instanceof CaptchaInvalidError && captcha === null ? new CaptchaMissingError() : error;
      });
      if (answer.status === "result") {
        await keepLookupResult(answer.result);
        redirect("/guide/result");
      }
      await keepChallenge({ challenge: answer.challenge, maskedMobile: maskMobile(input.value) });
      redirect("/guide/verify");
    },
  });
}

const lookUp = { enterprise: lookUpFor("enterprise"), personal: lookUpFor("personal") };

export async function lookUpEnterpriseAction(previous: LookupFormState, formData: FormData): Promise<LookupFormState> {
  return lookUp.enterprise(previous, formData);
}

export async function lookUpPersonalAction(previous: LookupFormState, formData: FormData): Promise<LookupFormState> {
  return lookUp.personal(previous, formData);
}

const keptCode = (fields: Record<string, string>) => ({ code: (fields.code ?? "").slice(0, 20) });

const confirmCode = formAction<z.infer<typeof codeFormSchema>, null, NonNullable<CodeFormState>>({
  name: "guide.lookup.confirm",
  authorise: async () => null,
  schema: codeFormSchema,
  invalid: async (_issues, { fields }) => refused((await getTranslations("guide.errors"))("codeEmpty"), "code", keptCode(fields)),
  describe: (error) => describeLookupError(error, "personal"),
  failed: (words, { fields }, field) => refused(words, field === "code" ? field : undefined, keptCode(fields)),
  run: async ({ input: { code } }) => {
    const pending = await readChallenge();
    const t = await getTranslations("guide.errors");
    if (!pending) return { ok: false, formError: t("codeExpired") };
    if (code.trim() === "") return { ok: false, fieldErrors: { code: t("codeEmpty") } };
    const result = await confirmLookup({ challenge: pending.challenge, code, clientKey: await requestClient() });
    await forgetChallenge();
    await keepLookupResult(result);
    redirect("/guide/result");
  },
});

export async function confirmCodeAction(previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  return confirmCode(previous, formData);
}
