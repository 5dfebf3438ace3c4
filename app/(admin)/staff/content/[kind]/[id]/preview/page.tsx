import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OutcomeView } from "@/components/guide/outcome-view";
import { ContentDiffView } from "@/components/staff-content/content-diff-view";
import { GUIDE_GATE_RENDERER } from "@/components/staff-content/gate-renderer";
import { GateReport } from "@/components/staff-content/gate-report";
import { PreviewChooser } from "@/components/staff-content/preview-chooser";
import { PreviewFrames } from "@/components/staff-content/preview-frames";
import { StepPreview } from "@/components/staff-content/step-preview";
import { TextNav } from "@/components/staff-content/text-nav";
import { checkContent } from "@/lib/content/check-content";
import { diffContent } from "@/lib/content/content-diff";
import { answersOf, fieldsFromSource } from "@/lib/content/content-fields";
import { CONTENT_EDITOR_ROLES, parseContentKey } from "@/lib/content/content-keys";
import { outcomesUsing } from "@/lib/content/content-usage";
import { loadContentTitle } from "@/lib/content/load-content-title";
import { loadEditableText } from "@/lib/content/load-editable-text";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/staff/require-staff";

interface Props {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  return { title: key ? (await getTranslations("contentEditor"))("previewTitle", { title: await loadContentTitle(key) }) : undefined };
}

/**
 * The draft (or the live text) as users will see it, for any outcome that shows it, at a phone's
 * and a desktop's width, with the publish gate's findings and the changes against the live text.
 */
export default async function ContentPreviewPage({ params, searchParams }: Props) {
  await requireStaff({ role: CONTENT_EDITOR_ROLES });
  const { kind, id } = await params;
  const key = parseContentKey(kind, id);
  if (!key) notFound();
  const t = await getTranslations("contentEditor");
  const query = await searchParams;
  const text = await loadEditableText({ db: db(), key });
  const outcomes = outcomesUsing(key);
  const outcome = outcomes.find((code) => code === query.outcome) ?? outcomes[0];
  const showDraft = text.draft !== null && query.version !== "live";
  const source = showDraft && text.draft ? text.draft.body : text.live;
  const { errors, warnings, outcomes: checked } = await checkContent(key, fieldsFromSource(key, source), GUIDE_GATE_RENDERER);
  const outcomeTitles = await Promise.all(outcomes.map(async (code) => ({ code, title: await loadContentTitle({ kind: "outcomes", id: code }) })));
  const editHref = `/staff/content/${key.kind}/${key.id}`;
  return (
    <div className="space-y-6">
      <TextNav textKey={key} current="preview" />
      <h1 className="text-2xl font-bold text-gov-blue">{t("previewTitle", { title: text.title })}</h1>
      <p>{t("preview.lead")}</p>
      <PreviewChooser action={`${editHref}/preview`} outcomes={outcomeTitles} outcome={outcome} hasDraft={text.draft !== null} showDraft={showDraft} />
      <GateReport
        problems={[...errors, ...warnings]}
        answers={answersOf(key)}
        editHref={editHref}
        heading={t("preview.gateTitle")}
        lead={t("preview.gateFailed")}
        passed={t("preview.gatePassed", { count: checked.length, outcomes: checked.join("、") })}
      />
      {showDraft ? (
        <section aria-labelledby="diff-heading" className="space-y-2">
          <h2 id="diff-heading" className="text-xl font-bold">
            {t("preview.diffTitle")}
          </h2>
          <ContentDiffView rows={diffContent(text.live, source)} />
        </section>
      ) : null}
      {errors.length === 0 ? (
        <PreviewFrames
          phoneLabel={t("preview.phone")}
          desktopLabel={t("preview.desktop")}
          render={(idPrefix) =>
            key.kind === "outcomes" ? <OutcomeView code={key.id} source={source} idPrefix={idPrefix} /> : <StepPreview step={key.id} outcome={outcome} source={source} idPrefix={idPrefix} />
          }
        />
      ) : null}
      <p>
        <Link className="font-bold text-gov-blue underline underline-offset-4" href={editHref}>
          {t("preview.toPublish")}
        </Link>
      </p>
    </div>
  );
}
