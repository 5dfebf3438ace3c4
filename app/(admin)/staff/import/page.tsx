// /staff/import (admins): upload a Torch, platform or registry CSV (streamed; the CLI's importers
// do the work), run the migration, and see the recent jobs. The upload is a plain multipart form
// to ./upload; refusals come back here as `?error=` and show beside their field.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/error-summary";
import { controlAria, FieldFrame } from "@/components/forms/field-frame";
import { db } from "@/lib/db";
import { listImportJobs } from "@/lib/db/imports/list-import-jobs";
import { CSV_UPLOAD_MAX_BYTES } from "@/lib/importers/receive-csv-upload";
import { textParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { ConsoleForm } from "../_components/console-form";
import { consoleFormWords } from "../_components/console-words";
import { runMigrateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.imports"))("title") };
}

const KINDS = ["torch", "platform", "registry"] as const;
const jobKindKey = (kind: string) => KINDS.find((known) => known === kind) ?? "migrate";
const ERRORS = { tooLarge: "file", noFile: "file", badRequest: "file", kind: "kind", busy: "form" } as const;

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff({ area: "imports" });
  const t = await getTranslations("staffOps.imports");
  const format = await getFormatter();
  const words = await consoleFormWords();
  const params = await searchParams;
  const errorCode = Object.keys(ERRORS).find((code) => code === textParam(params, "error")) as keyof typeof ERRORS | undefined;
  const errorText = errorCode ? t(`errors.${errorCode}`, { megabytes: CSV_UPLOAD_MAX_BYTES / 1024 / 1024 }) : undefined;
  const fieldError = (field: "file" | "kind") => (errorCode && ERRORS[errorCode] === field ? errorText : undefined);
  const chosenKind = KINDS.find((kind) => kind === textParam(params, "kind")) ?? "torch";
  const fileHint = t("fileHint", { megabytes: CSV_UPLOAD_MAX_BYTES / 1024 / 1024 });
  const jobs = await listImportJobs({ db: db() });
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <section aria-labelledby="upload-heading" className="space-y-4 rounded border-2 border-gray-300 p-4">
        <h2 id="upload-heading" className="text-xl font-bold">
          {t("uploadTitle")}
        </h2>
        <ErrorSummary
          title={words.errorSummaryTitle}
          formError={errorCode && ERRORS[errorCode] === "form" ? errorText : undefined}
          errors={errorCode && ERRORS[errorCode] !== "form" ? [{ href: `#${ERRORS[errorCode]}`, message: errorText ?? "" }] : []}
        />
        <form method="post" action="/staff/import/upload" encType="multipart/form-data" noValidate className="space-y-4">
          <FieldFrame id="kind" label={t("kind")} error={fieldError("kind")} errorPrefix={words.errorPrefix}>
            <select id="kind" name="kind" defaultValue={chosenKind} {...controlAria({ id: "kind", error: fieldError("kind") })} className="mt-1 block w-full max-w-md rounded border-2 border-ink px-3 py-2 text-lg">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </FieldFrame>
          <FieldFrame id="file" label={t("file")} hint={fileHint} error={fieldError("file")} errorPrefix={words.errorPrefix}>
            <input id="file" name="file" type="file" accept=".csv,text/csv" {...controlAria({ id: "file", hint: fileHint, error: fieldError("file") })} className="mt-1 block w-full max-w-md rounded border-2 border-ink p-2 text-base" />
          </FieldFrame>
          <button type="submit" className="rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
            {t("uploadSubmit")}
          </button>
        </form>
      </section>
      <section className="rounded border-2 border-gray-300 p-4">
        <ConsoleForm action={runMigrateAction} idPrefix="migrate" title={t("migrateTitle")} lead={t("migrateLead")} fields={[]} submitLabel={t("migrateSubmit")} words={words} />
      </section>
      <section aria-labelledby="jobs-heading" className="space-y-3">
        <h2 id="jobs-heading" className="text-xl font-bold">
          {t("jobsHeading")}
        </h2>
        {jobs.length === 0 ? (
          <p>{t("noJobs")}</p>
        ) : (
          <ul className="space-y-2">
            {jobs.map((job) => (
              <li key={job.id} data-testid="import-job">
                <Link className="font-bold text-gov-blue underline underline-offset-4" href={`/staff/import/${job.id}`}>
                  {t("jobLink", { id: job.id, kind: t(`kinds.${jobKindKey(job.kind)}`) })}
                </Link>
                {" · "}
                {t(`statuses.${job.status === "running" || job.status === "done" || job.status === "failed" ? job.status : "queued"}`)}
                {" · "}
                {format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                {job.startedBy ? ` · ${job.startedBy}` : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
