import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CASE_TYPES, isCaseType } from "@/lib/cases/effects";
import { listOpenCases } from "@/lib/cases/list-open-cases";
import { queueAge } from "@/lib/cases/queue-age";
import { db } from "@/lib/db";
import { navFor } from "@/lib/staff/staff-access";
import { requireStaff } from "@/lib/staff/require-staff";
import { caseTypeKey } from "./_components/case-labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.queue"))("title") };
}

/** The reviewers' queue: open cases, oldest first; reference, type, masked name, age. */
export default async function StaffQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff();
  const t = await getTranslations("staff");
  if (staff.role !== "reviewer") {
    // The start page of a role without a queue: the pages it may open, each with what it is for.
    const ops = await getTranslations("staffOps");
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue">{ops("home.title")}</h1>
        <p>{ops("home.lead", { role: t(`roles.${staff.role}`) })}</p>
        <ul className="space-y-3">
          {navFor(staff.role).map((item) => (
            <li key={item.href}>
              <Link className="font-bold text-gov-blue underline underline-offset-4" href={item.href}>
                {ops(`nav.${item.area}`)}
              </Link>
              <p className="text-muted">{ops(`home.about.${item.area}`)}</p>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const requested = (await searchParams).type;
  const type = typeof requested === "string" && isCaseType(requested) ? requested : null;
  const cases = await listOpenCases({ db: db(), type });
  const now = new Date();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("queue.title")}</h1>
      <p>{t("queue.lead")}</p>
      <form method="get" action="/staff" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="type" className="block text-lg font-bold">
            {t("queue.filterLabel")}
          </label>
          <select id="type" name="type" defaultValue={type ?? ""} className="mt-1 rounded border-2 border-ink px-3 py-2 text-lg">
            <option value="">{t("queue.filterAll")}</option>
            {CASE_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`caseTypes.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-gov-blue px-4 py-2 font-bold text-gov-blue">
          {t("queue.filterSubmit")}
        </button>
      </form>
      <p role="status">{t("queue.count", { count: cases.length })}</p>
      {cases.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="queue-caption" tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption id="queue-caption" className="sr-only">
              {t("queue.title")}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                {(["reference", "type", "applicant", "age", "documents"] as const).map((column) => (
                  <th key={column} scope="col" className="px-2 py-2">
                    {t(`queue.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => {
                const age = queueAge(item.createdAt, now);
                const ageKey = age.unit === "minutes" ? "ageMinutes" : age.unit === "hours" ? "ageHours" : "ageDays";
                return (
                  <tr key={item.reference} className="border-b border-gray-300" data-testid="queue-row">
                    <td className="px-2 py-2">
                      <Link className="font-mono font-bold text-gov-blue underline underline-offset-4" href={`/staff/cases/${item.reference}`} aria-label={t("queue.open", { reference: item.reference })}>
                        {item.reference}
                      </Link>
                    </td>
                    <td className="px-2 py-2">{t(`caseTypes.${caseTypeKey(item.type)}`)}</td>
                    <td className="px-2 py-2">{item.maskedName ?? t("queue.unnamed")}</td>
                    <td className="px-2 py-2">{t(`queue.${ageKey}`, { count: age.count })}</td>
                    <td className="px-2 py-2">{t("queue.documentCount", { count: item.documentCount })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
