// /staff/cases: every case, open or decided, found by reference, mobile, USCC, login name, status
// and date range. A GET form (works without JavaScript, the URL can be shared with a colleague),
// paginated, personal data masked as on the case page.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CASE_SEARCH_FIELDS, CASE_STATUSES, parseCaseSearch } from "@/lib/cases/case-search";
import { db } from "@/lib/db";
import { CASE_SEARCH_PAGE_SIZE, searchCases } from "@/lib/db/cases/search-cases";
import { pageParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { caseTypeKey, statusKey } from "../_components/case-labels";
import { FilterSelect, FilterText } from "../_components/filter-fields";
import { Pagination } from "../_components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.caseSearch"))("title") };
}

export default async function CaseSearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff({ area: "caseSearch" });
  const t = await getTranslations("staffOps.caseSearch");
  const staff = await getTranslations("staff");
  const format = await getFormatter();
  const params = await searchParams;
  const parsed = parseCaseSearch(params);
  const page = pageParam(params);
  const fieldErrors = Object.fromEntries(Object.entries(parsed.errors).map(([field, key]) => [field, t(`errors.${key}`)])) as Record<string, string>;
  const hasErrors = Object.keys(fieldErrors).length > 0;
  const result = hasErrors ? null : await searchCases({ db: db(), criteria: parsed.criteria, page });
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const text = (field: "reference" | "mobile" | "uscc" | "loginName" | "from" | "to", type: "text" | "date" = "text") => (
    <FilterText id={field} type={type} label={t(`fields.${field}`)} value={parsed.values[field]} error={fieldErrors[field]} errorPrefix={staff("form.errorPrefix")} />
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <ErrorSummary
        title={staff("form.errorSummaryTitle")}
        errors={CASE_SEARCH_FIELDS.flatMap((field) => (fieldErrors[field] ? [{ href: `#${field}`, message: fieldErrors[field] }] : []))}
      />
      <form method="get" action="/staff/cases" noValidate className="space-y-4" aria-label={t("formLabel")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {text("reference")}
          {text("mobile")}
          {text("uscc")}
          {text("loginName")}
          <FilterSelect
            id="status"
            label={t("fields.status")}
            value={parsed.values.status}
            error={fieldErrors.status}
            errorPrefix={staff("form.errorPrefix")}
            options={[{ value: "", label: t("anyStatus") }, ...CASE_STATUSES.map((value) => ({ value, label: staff(`caseStatus.${value}`) }))]}
          />
          {text("from", "date")}
          {text("to", "date")}
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-gov-blue px-6 py-2 text-lg font-bold text-white hover:bg-gov-blue-dark">
            {t("submit")}
          </button>
          <Link className="text-gov-blue underline underline-offset-4" href="/staff/cases">
            {t("clear")}
          </Link>
        </div>
      </form>
      {result ? (
        <section aria-labelledby="results-heading" className="space-y-3">
          <h2 id="results-heading" className="text-xl font-bold">
            {parsed.filtered ? t("resultsHeading") : t("newestHeading")}
          </h2>
          <p role="status">{t("count", { count: result.total })}</p>
          {result.cases.length > 0 ? (
            <div className="overflow-x-auto" role="region" aria-labelledby="results-heading" tabIndex={0}>
              <table className="w-full border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-ink">
                    {(["reference", "type", "status", "applicant", "mobile", "submitted", "decided"] as const).map((column) => (
                      <th key={column} scope="col" className="px-2 py-2">
                        {t(`columns.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.cases.map((found) => (
                    <tr key={found.reference} className="border-b border-gray-300" data-testid="case-search-row">
                      <td className="px-2 py-2">
                        <Link className="font-mono font-bold text-gov-blue underline underline-offset-4" href={`/staff/cases/${found.reference}`}>
                          {found.reference}
                        </Link>
                      </td>
                      <td className="px-2 py-2">{staff(`caseTypes.${caseTypeKey(found.type)}`)}</td>
                      <td className="px-2 py-2">{staff(`caseStatus.${statusKey(found.status)}`)}</td>
                      <td className="px-2 py-2">{found.maskedName ?? "—"}</td>
                      <td className="px-2 py-2 font-mono">{found.maskedMobile ?? "—"}</td>
                      <td className="px-2 py-2">{when(found.createdAt)}</td>
                      <td className="px-2 py-2">{when(found.decidedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <Pagination path="/staff/cases" values={parsed.values} page={page} pageSize={CASE_SEARCH_PAGE_SIZE} total={result.total} />
        </section>
      ) : null}
    </div>
  );
}
