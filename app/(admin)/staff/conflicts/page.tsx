// /staff/conflicts: the CONFLICT migration records (admins). Open ones come with a form to assign
// a login name (a free `HJ<n>_` name suggested) and say why; resolved ones show who, when and why.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { db } from "@/lib/db";
import { CONFLICTS_PAGE_SIZE, listConflictRecords, type ConflictRecordView } from "@/lib/db/migration/list-conflict-records";
import { pageParam, textParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { ConsoleForm } from "../_components/console-form";
import { consoleFormWords } from "../_components/console-words";
import { Pagination } from "../_components/pagination";
import { resolveConflictAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.conflicts"))("title") };
}

export default async function ConflictsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff({ area: "conflicts" });
  const t = await getTranslations("staffOps.conflicts");
  const format = await getFormatter();
  const params = await searchParams;
  const state = textParam(params, "state") === "resolved" ? "resolved" : "open";
  const page = pageParam(params);
  const { total, records } = await listConflictRecords({ db: db(), state, page });
  const words = await consoleFormWords();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const facts = (record: ConflictRecordView) => (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-bold">{t("kind")}</dt>
      <dd>{t(`kinds.${record.kind === "personal" ? "personal" : "enterprise"}`)}</dd>
      <dt className="font-bold">{t("username")}</dt>
      <dd className="break-all font-mono">{record.username}</dd>
      <dt className="font-bold">{t("displayName")}</dt>
      <dd>{record.displayName}</dd>
      <dt className="font-bold">{t("migratedAt")}</dt>
      <dd>{when(record.migratedAt)}</dd>
      <dt className="font-bold">{t("holders")}</dt>
      <dd>
        {record.holders.length === 0
          ? t("noHolders")
          : record.holders.map((holder) => t("holder", { loginName: holder.loginName, type: t(`types.${holder.type === "legal" ? "legal" : "natural"}`) })).join("；")}
      </dd>
    </dl>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      {textParam(params, "notice") === "resolved" ? <Notice tone="success">{t("resolvedNotice")}</Notice> : null}
      <p>{t("lead")}</p>
      <nav aria-label={t("tabsLabel")} className="flex gap-6">
        {(["open", "resolved"] as const).map((tab) => (
          <Link key={tab} href={`/staff/conflicts?state=${tab}`} aria-current={tab === state ? "page" : undefined} className={`text-gov-blue underline-offset-4 ${tab === state ? "font-bold underline" : "underline"}`}>
            {t(`tabs.${tab}`)}
          </Link>
        ))}
      </nav>
      <p role="status">{t("count", { count: total })}</p>
      <ul className="space-y-6">
        {records.map((record) => (
          <li key={record.torchAccountId} className="space-y-3 rounded border-2 border-gray-300 p-4" data-testid="conflict-record">
            <h2 className="text-xl font-bold">{t("recordTitle", { id: record.torchAccountId })}</h2>
            {facts(record)}
            {record.resolved ? (
              <p data-testid="conflict-resolution">
                {t("resolution", {
                  loginName: record.resolved.loginName ?? "—",
                  window: t(`window.${record.resolved.window === "legal" ? "legal" : "natural"}`),
                  by: record.resolved.by ?? "—",
                  at: when(record.resolved.at),
                  note: record.resolved.note ?? "",
                })}
              </p>
            ) : (
              <ConsoleForm
                action={resolveConflictAction}
                idPrefix={`conflict-${record.torchAccountId}`}
                title={t("formTitle")}
                lead={t(record.kind === "personal" ? "formLeadPersonal" : "formLeadEnterprise")}
                hidden={{ torchAccountId: String(record.torchAccountId) }}
                fields={[
                  { kind: "text", name: "loginName", label: t("loginName"), hint: t("loginNameHint"), defaultValue: record.suggestion ?? "", maxLength: 64 },
                  { kind: "textarea", name: "note", label: t("note"), hint: t("noteHint"), maxLength: 500 },
                ]}
                submitLabel={t("submit")}
                words={words}
              />
            )}
          </li>
        ))}
      </ul>
      <Pagination path="/staff/conflicts" values={{ state }} page={page} pageSize={CONFLICTS_PAGE_SIZE} total={total} />
    </div>
  );
}
