// /staff/audit (admins): the audit trail, newest first, filtered by type (or a type prefix such as
// "staff."), actor (as written, or a staff member's name), result and days; the same filters export
// it as CSV (./export). A GET form: works without JavaScript, the URL can be shared.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/error-summary";
import { AUDIT_FILTER_FIELDS, AUDIT_RESULTS, parseAuditFilter } from "@/lib/audit/audit-filters";
import { db } from "@/lib/db";
import { AUDIT_PAGE_SIZE, listAuditEvents, staffNamesOf } from "@/lib/db/audit/list-audit-events";
import { pageParam, withParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { FilterSelect, FilterText } from "../_components/filter-fields";
import { Pagination } from "../_components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff({ area: "audit" });
  const t = await getTranslations("staffOps.audit");
  const staff = await getTranslations("staff");
  const format = await getFormatter();
  const params = await searchParams;
  const { values, errors, filter } = parseAuditFilter(params);
  const page = pageParam(params);
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(`errors.${key}`)])) as Record<string, string>;
  const hasErrors = Object.keys(fieldErrors).length > 0;
  const list = hasErrors ? null : await listAuditEvents({ db: db(), filter, page });
  const names = list ? await staffNamesOf({ db: db(), actors: list.events.map((event) => event.actor) }) : new Map<string, string>();
  const exportHref = `/staff/audit/export?${withParam(values, "page", "")}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <ErrorSummary title={staff("form.errorSummaryTitle")} errors={AUDIT_FILTER_FIELDS.flatMap((field) => (fieldErrors[field] ? [{ href: `#${field}`, message: fieldErrors[field] }] : []))} />
      <form method="get" action="/staff/audit" noValidate className="space-y-4" aria-label={t("formLabel")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <FilterText id="type" label={t("fields.type")} hint={t("typeHint")} value={values.type} error={fieldErrors.type} errorPrefix={staff("form.errorPrefix")} />
          <FilterText id="actor" label={t("fields.actor")} hint={t("actorHint")} value={values.actor} error={fieldErrors.actor} errorPrefix={staff("form.errorPrefix")} />
          <FilterSelect
            id="result"
            label={t("fields.result")}
            value={values.result}
            error={fieldErrors.result}
            errorPrefix={staff("form.errorPrefix")}
            options={[{ value: "", label: t("anyResult") }, ...AUDIT_RESULTS.map((value) => ({ value, label: t(`results.${value}`) }))]}
          />
          <FilterText id="from" type="date" label={t("fields.from")} value={values.from} error={fieldErrors.from} errorPrefix={staff("form.errorPrefix")} />
          <FilterText id="to" type="date" label={t("fields.to")} value={values.to} error={fieldErrors.to} errorPrefix={staff("form.errorPrefix")} />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-gov-blue px-6 py-2 text-lg font-bold text-white hover:bg-gov-blue-dark">
            {t("submit")}
          </button>
          <Link className="text-gov-blue underline underline-offset-4" href="/staff/audit">
            {t("clear")}
          </Link>
          {hasErrors ? null : (
            <a className="text-gov-blue underline underline-offset-4" href={exportHref} data-testid="audit-export">
              {t("export")}
            </a>
          )}
        </div>
      </form>
      {list ? (
        <section aria-labelledby="audit-heading" className="space-y-3">
          <h2 id="audit-heading" className="text-xl font-bold">
            {t("resultsHeading")}
          </h2>
          <p role="status">{t("count", { count: list.total })}</p>
          {list.events.length > 0 ? (
            <div className="overflow-x-auto" role="region" aria-labelledby="audit-heading" tabIndex={0}>
              <table className="w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-ink">
                    {(["at", "type", "actor", "client", "result", "detail"] as const).map((column) => (
                      <th key={column} scope="col" className="px-2 py-2">
                        {t(`columns.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.events.map((event) => (
                    <tr key={event.id} className="border-b border-gray-300 align-top" data-testid="audit-row">
                      <td className="whitespace-nowrap px-2 py-1">{format.dateTime(event.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                      <td className="px-2 py-1 font-mono">{event.type}</td>
                      <td className="px-2 py-1">
                        {event.actor ? (names.has(event.actor) ? `${names.get(event.actor)}（${event.actor}）` : event.actor) : "—"}
                      </td>
                      <td className="px-2 py-1 font-mono">{event.client ?? "—"}</td>
                      <td className="px-2 py-1">{event.result === "failure" ? t("results.failure") : t("results.success")}</td>
                      <td className="break-all px-2 py-1 font-mono">{event.detail ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <Pagination path="/staff/audit" values={values} page={page} pageSize={AUDIT_PAGE_SIZE} total={list.total} />
        </section>
      ) : null}
    </div>
  );
}
