"use server";
// Editing a step or outcome text: editors and admins only, checked here on the server for every
// post; zod → lib/content (which refuses a text that would break the page) → back to the page.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/components/forms/form-state";
import { requestClient } from "@/lib/audit/request-client";
import { CONTENT_EDITOR_ROLES, parseContentKey } from "@/lib/content/content-keys";
import { deleteContentOverride } from "@/lib/db/content/delete-content-override";
import { saveContentOverride } from "@/lib/db/content/save-content-override";
import { MAX_CONTENT_LENGTH } from "@/lib/content/validate-content";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/staff/require-staff";

export type ContentFormState = FormState<"body">;

const keySchema = z.object({ kind: z.string().max(20), id: z.string().max(40) });
// A little room above the limit so that an over-long text gets the words of the rule, not zod's.
const saveSchema = keySchema.extend({ body: z.string().max(MAX_CONTENT_LENGTH * 2) });

function keyOf(formData: FormData) {
  const parsed = keySchema.safeParse({ kind: formData.get("kind"), id: formData.get("id") });
  const key = parsed.success ? parseContentKey(parsed.data.kind, parsed.data.id) : null;
  if (!key) redirect("/staff/content");
  return key;
}

export async function saveContentAction(_previous: ContentFormState | null, formData: FormData): Promise<ContentFormState> {
  const staff = await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const key = keyOf(formData);
  const t = await getTranslations("contentEditor.errors");
  const parsed = saveSchema.safeParse({ kind: key.kind, id: key.id, body: formData.get("body") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: { body: t("tooLong") } };
  const result = await saveContentOverride({ db: db(), key, body: parsed.data.body, staffId: staff.staffId, client: await requestClient() });
  if (!result.ok) {
    const message = result.reason === "invalid" ? t("invalid", { detail: result.detail ?? "" }) : t(result.reason);
    return { ok: false, fieldErrors: { body: message }, values: { body: parsed.data.body } };
  }
  redirect(`/staff/content/${key.kind}/${key.id}?notice=saved`);
}

export async function revertContentAction(formData: FormData): Promise<void> {
  const staff = await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const key = keyOf(formData);
  await deleteContentOverride({ db: db(), key, staffId: staff.staffId, client: await requestClient() });
  redirect(`/staff/content/${key.kind}/${key.id}?notice=reverted`);
}
