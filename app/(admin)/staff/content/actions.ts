"use server";
// The content editor's actions, each through the one form-action adapter: editors and admins only
// (checked here on the server for every post) → zod → lib/content → back to the page with a
// notice, or the reasons beside the fields with everything typed kept.
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { GUIDE_GATE_RENDERER } from "@/components/staff-content/gate-renderer";
import { problemWords } from "@/components/staff-content/problem-words";
import { formAction } from "@/lib/actions/form-action";
import { requestClient } from "@/lib/audit/request-client";
import { answersOf } from "@/lib/content/content-fields";
import { contentFormSchema, fieldsFromForm } from "@/lib/content/content-form";
import { CONTENT_EDITOR_ROLES, parseContentKey, type ContentKey } from "@/lib/content/content-keys";
import type { ContentProblem } from "@/lib/content/content-problems";
import { ContentPublishError } from "@/lib/content/content-publish-error";
import { rollBackText } from "@/lib/content/roll-back-text";
import { saveContentEdit } from "@/lib/content/save-content-edit";
import { db } from "@/lib/db";
import { discardContentDraft } from "@/lib/db/content/discard-content-draft";
import { env } from "@/lib/env";
import { requireStaff } from "@/lib/staff/require-staff";
import type { ContentFormState, RollBackState } from "./form-types";

const authorise = () => requireStaff({ role: CONTENT_EDITOR_ROLES });
const editPath = (key: ContentKey) => `/staff/content/${key.kind}/${key.id}`;

function keyOf(kind: string, id: string): ContentKey {
  const key = parseContentKey(kind, id);
  if (!key) notFound();
  return key;
}

async function refusalWords(error: unknown): Promise<string | null> {
  return error instanceof ContentPublishError ? (await getTranslations("contentEditor"))(`refusals.${error.key}`) : null;
}

/** The reasons, each beside its field (several for one field read one after the other). */
async function fieldErrors(problems: readonly ContentProblem[], answers: readonly string[]): Promise<Record<string, string>> {
  const t = await getTranslations("contentEditor");
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const words = problemWords(t, problem, answers);
    errors[problem.field] = errors[problem.field] ? `${errors[problem.field]} ${words}` : words;
  }
  return errors;
}

const save = formAction({
  name: "staff.content.save",
  authorise,
  schema: contentFormSchema,
  invalid: async (_issues, { fields }): Promise<ContentFormState> => ({ ok: false, formError: (await getTranslations("contentEditor"))("form.invalidForm"), values: fields }),
  describe: refusalWords,
  failed: (formError, { fields }): ContentFormState => ({ ok: false, formError, values: fields }),
  run: async ({ input, actor, fields }): Promise<ContentFormState> => {
    const key = keyOf(input.kind, input.id);
    const edit = fieldsFromForm(key, fields);
    const result = await saveContentEdit({
      db: db(),
      key,
      fields: edit,
      intent: input.intent,
      staff: actor,
      mode: env().CONTENT_REVIEW,
      note: input.note,
      client: await requestClient(),
      renderer: GUIDE_GATE_RENDERER,
    });
    if (result.status === "refused") {
      const t = await getTranslations("contentEditor");
      const formError = t(result.stage === "publish" ? "form.publishRefused" : "form.draftRefused");
      return { ok: false, formError, fieldErrors: await fieldErrors(result.problems, answersOf(key)), values: fields };
    }
    if (result.status === "published") redirect(`${editPath(key)}?notice=published&number=${result.number}`);
    redirect(`${editPath(key)}?notice=${result.submitted ? "submitted" : "draftSaved"}`);
  },
});

export async function saveContentAction(previous: ContentFormState | null, formData: FormData): Promise<ContentFormState> {
  return save(previous, formData);
}

const rollBackSchema = z.object({ kind: z.string().max(20), id: z.string().max(40), to: z.union([z.literal("shipped"), z.coerce.number().int().min(1).max(1_000_000)]) });

const rollBack = formAction({
  name: "staff.content.rollBack",
  authorise,
  schema: rollBackSchema,
  invalid: async (): Promise<RollBackState> => ({ ok: false, formError: (await getTranslations("contentEditor"))("form.invalidForm") }),
  describe: refusalWords,
  failed: (formError): RollBackState => ({ ok: false, formError }),
  run: async ({ input, actor }): Promise<RollBackState> => {
    const key = keyOf(input.kind, input.id);
    const toNumber = input.to === "shipped" ? null : input.to;
    const result = await rollBackText({ db: db(), key, toNumber, staffId: actor.staffId, client: await requestClient(), renderer: GUIDE_GATE_RENDERER });
    if (result.status === "refused") {
      const t = await getTranslations("contentEditor");
      return { ok: false, formError: `${t("history.rollBackRefused")}${result.problems.map((problem) => problemWords(t, problem, answersOf(key))).join(" ")}` };
    }
    redirect(`${editPath(key)}/history?notice=rolledBack&number=${result.number}`);
  },
});

export async function rollBackAction(previous: RollBackState | null, formData: FormData): Promise<RollBackState> {
  return rollBack(previous, formData);
}

const discardSchema = z.object({ kind: z.string().max(20), id: z.string().max(40) });

/** Deleting a draft needs no reasons back: a plain post that ends on the edit page. */
const discardDraft = formAction({
  name: "staff.content.discard",
  authorise,
  schema: discardSchema,
  // Only a crafted post lacks the hidden key: there is no such page.
  invalid: () => notFound(),
  failed: () => null,
  run: async ({ input, actor }) => {
    const key = keyOf(input.kind, input.id);
    await discardContentDraft({ db: db(), key, staffId: actor.staffId, client: await requestClient() });
    redirect(`${editPath(key)}?notice=discarded`);
  },
});

export async function discardDraftAction(formData: FormData): Promise<void> {
  await discardDraft(null, formData);
}
