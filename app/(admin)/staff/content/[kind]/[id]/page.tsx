import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { ContentForm } from "@/components/staff-content/content-form";
import { GUIDE_GATE_RENDERER } from "@/components/staff-content/gate-renderer";
import { GateReport } from "@/components/staff-content/gate-report";
import { staffDate } from "@/components/staff-content/staff-date";
import { TextNav } from "@/components/staff-content/text-nav";
import { checkContent } from "@/lib/content/check-content";
import { answersOf, fieldsFromSource, hasLoginNameHint, MAX_OUTCOME_STEPS } from "@/lib/content/content-fields";
import { formValues } from "@/lib/content/content-form";
import { CONTENT_EDITOR_ROLES, contentKeyText, parseContentKey } from "@/lib/content/content-keys";
import { fieldLimits } from "@/lib/content/field-rules";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { loadEditableText } from "@/lib/content/load-editable-text";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { WINDOW_BY_OUTCOME } from "@/lib/migration/outcomes";
import { requireStaff } from "@/lib/staff/require-staff";
import { discardDraftAction } from "../../actions";

interface Props {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const NOTICES = ["draftSaved", "submitted", "published", "discarded"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  return { title: key ? (await getTranslations("contentEditor"))("editTitle", { title: await loadContentTitle(key) }) : undefined };
}

/** One text in the editor: what users see, the draft, the gate's findings and the form. */
export default async function ContentEditPage({ params, searchParams }: Props) {
  const staff = await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  if (!key) notFound();
  const t = await getTranslations("contentEditor");
  const query = await searchParams;
  const notice = NOTICES.find((name) => name === query.notice);
  const text = await loadEditableText({ db: db(), key });
  const { draft, published } = text;
  const fields = fieldsFromSource(key, draft?.body ?? text.live);
  // A stored draft compiled when it was saved; what it still lacks for publishing is shown here.
  const warnings = draft ? (await checkContent(key, fields, GUIDE_GATE_RENDERER)).warnings : [];
  const reviewRequired = env().CONTENT_REVIEW === "required";
  const window = key.kind === "outcomes" ? WINDOW_BY_OUTCOME[key.id] : undefined;
  const windowText = window === undefined ? undefined : window === null ? t("form.windowNone") : t("form.windowFixed", { window: (await getTranslations("guide.outcome"))(`window.${window}`) });
  const source = draft?.body ?? text.live;
  return (
    <div className="space-y-6">
      <TextNav textKey={key} current="edit" />
      <h1 className="text-2xl font-bold text-gov-blue">{t("editTitle", { title: text.title })}</h1>
      {notice ? <Notice tone="success">{t(`notices.${notice}`, { number: String(query.number ?? "") })}</Notice> : null}
      {reviewRequired ? <p>{t("reviewRequiredLead")}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t("keyLabel")}</dt>
        <dd className="font-mono">{contentKeyText(key)}</dd>
        <dt className="font-bold">{t("liveLabel")}</dt>
        <dd data-testid="live-version">
          {!published ? t("liveShipped") : published.number === null ? t("liveLegacy", { date: staffDate(published.updatedAt) }) : t("liveVersion", { number: published.number, date: staffDate(published.updatedAt) })}
        </dd>
        <dt className="font-bold">{t("draftLabel")}</dt>
        <dd data-testid="draft-state">
          {!draft ? t("noDraft") : t(draft.submittedAt ? "draftSubmittedBy" : "draftBy", { name: draft.authorName ?? t("someone"), date: staffDate(draft.submittedAt ?? draft.updatedAt) })}
        </dd>
      </dl>
      {reviewRequired && draft?.updatedBy === staff.staffId ? <p className="border-l-4 border-gov-blue bg-blue-50 p-4">{t("ownDraftNote")}</p> : null}
      <GateReport problems={warnings} answers={answersOf(key)} editHref="" heading={t("warningsTitle")} lead={t("warningsLead")} />
      {/* Keyed by the text: after a post the page shows the stored text, not what the browser kept. */}
      <ContentForm
        key={createHash("sha256").update(source).digest("hex")}
        kind={key.kind}
        id={key.id}
        values={formValues(fields)}
        answers={answersOf(key)}
        windowText={windowText}
        withLoginNameHint={hasLoginNameHint(key)}
        stepRows={Math.min(fields.steps.length + 1, MAX_OUTCOME_STEPS)}
        limits={fieldLimits(key)}
        maxSteps={MAX_OUTCOME_STEPS}
        reviewRequired={reviewRequired}
      />
      {draft ? (
        <form action={discardDraftAction} className="space-y-2 border-t-2 border-gray-300 pt-4">
          <input type="hidden" name="kind" value={key.kind} />
          <input type="hidden" name="id" value={key.id} />
          <p className="text-muted">{t("form.discardHint")}</p>
          <button type="submit" className="rounded border-2 border-gov-red px-4 py-2 font-bold text-gov-red">
            {t("form.discard")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
