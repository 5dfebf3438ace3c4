// /staff/import/<id> (admins): one job's progress and result — rows read, imported, unchanged, the
// per-line errors and warnings (the first 200 of each, with the totals), or the migration's
// outcomes. While it runs the page refreshes itself (JavaScript) or by its refresh link.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getImportJob } from "@/lib/db/imports/get-import-job";
import { parseImportJobResult } from "@/lib/importers/job-result";
import { requireStaff } from "@/lib/staff/require-staff";
import { AutoRefresh } from "./auto-refresh";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.imports"))("jobTitle", { id: (await params).id.slice(0, 10) }) };
}

const KINDS = ["torch", "platform", "registry", "migrate"] as const;
const STATUSES = ["queued", "running", "done", "failed"] as const;

export default async function ImportJobPage({ params }: Props) {
  await requireStaff({ area: "imports" });
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const job = await getImportJob({ db: db(), id: Number(id) });
  if (!job) notFound();
  const t = await getTranslations("staffOps.imports");
  const format = await getFormatter();
  const result = parseImportJobResult(job.resultJson);
  const status = STATUSES.find((value) => value === job.status) ?? "queued";
  const active = status === "queued" || status === "running";
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : "—");
  const issues = (kind: "errors" | "warnings") => {
    const list = result[kind] ?? [];
    const total = (kind === "errors" ? result.errorCount : result.warningCount) ?? list.length;
    if (total === 0) return null;
    return (
      <section aria-labelledby={`${kind}-heading`} className="space-y-2">
        <h2 id={`${kind}-heading`} className="text-xl font-bold">
          {t(`${kind}Heading`, { count: total })}
        </h2>
        {total > list.length ? <p>{t("issuesCapped", { shown: list.length })}</p> : null}
        <p className="text-muted">{t("issuesNote")}</p>
        <div className="overflow-x-auto" role="region" aria-labelledby={`${kind}-heading`} tabIndex={0}>
          <table className="w-full border-collapse text-left" data-testid={`import-${kind}`}>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="px-2 py-1">{t("line")}</th>
                <th scope="col" className="px-2 py-1">{t("message")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((issue, index) => (
                <tr key={`${issue.line}-${index}`} className="border-b border-gray-300">
                  <td className="px-2 py-1 font-mono">{issue.line}</td>
                  <td className="break-all px-2 py-1 font-mono">{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  };
  return (
    <div className="space-y-6">
      <p>
        <Link className="text-gov-blue underline underline-offset-4" href="/staff/import">
          ‹ {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-gov-blue">{t("jobTitle", { id: job.id })}</h1>
      {active ? <AutoRefresh seconds={3} /> : null}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="import-job-summary">
        <dt className="font-bold">{t("kind")}</dt>
        <dd>{t(`kinds.${KINDS.find((kind) => kind === job.kind) ?? "migrate"}`)}</dd>
        {job.fileName ? (
          <>
            <dt className="font-bold">{t("file")}</dt>
            <dd className="break-all">{job.fileName}</dd>
          </>
        ) : null}
        <dt className="font-bold">{t("status")}</dt>
        <dd>
          {/* The status role on a span: on the <dd> itself it would break the definition list. */}
          <span role="status" data-testid="import-job-status">
            {t(`statuses.${status}`)}
          </span>
        </dd>
        <dt className="font-bold">{t("startedBy")}</dt>
        <dd>{job.startedBy ?? "—"}</dd>
        <dt className="font-bold">{t("times")}</dt>
        <dd>{t("timesValue", { created: when(job.createdAt), finished: when(job.finishedAt) })}</dd>
        {job.kind !== "migrate" ? (
          <>
            <dt className="font-bold">{t("counts")}</dt>
            <dd data-testid="import-job-counts">{t("countsValue", { processed: job.processed, imported: job.imported, unchanged: job.unchanged, errors: result.errorCount ?? 0 })}</dd>
          </>
        ) : null}
      </dl>
      {active ? (
        <p>
          {t("running")}{" "}
          <Link className="text-gov-blue underline underline-offset-4" href={`/staff/import/${job.id}`}>
            {t("refresh")}
          </Link>
        </p>
      ) : null}
      {result.interrupted ? <p className="font-bold text-gov-red">{t("interrupted")}</p> : null}
      {result.failure ? (
        <div className="space-y-1 border-l-4 border-gov-red pl-3" data-testid="import-job-failure">
          <p className="font-bold">{t.has(`failures.${result.failure.code}`) ? t(`failures.${result.failure.code}` as "failures.internal") : t("failures.internal")}</p>
          {result.failure.message ? <p className="break-all font-mono text-sm">{result.failure.message}</p> : null}
        </div>
      ) : null}
      {result.outcomes ? (
        <section aria-labelledby="outcomes-heading" className="space-y-2">
          <h2 id="outcomes-heading" className="text-xl font-bold">
            {t("outcomesHeading", { created: result.created ?? 0, conflicts: result.conflicts ?? 0 })}
          </h2>
          <ul className="grid grid-cols-2 gap-x-6 sm:grid-cols-3" data-testid="import-job-outcomes">
            {Object.entries(result.outcomes).map(([code, count]) => (
              <li key={code}>
                <span className="font-mono">{code}</span>：{count}
              </li>
            ))}
          </ul>
          {(result.conflicts ?? 0) > 0 ? (
            <p>
              <Link className="text-gov-blue underline underline-offset-4" href="/staff/conflicts">
                {t("toConflicts")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {issues("errors")}
      {issues("warnings")}
    </div>
  );
}
