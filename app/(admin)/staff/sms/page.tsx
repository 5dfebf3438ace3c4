// /staff/sms (admins): the SMS outbox — time, masked mobile, purpose, provider and delivery status;
// never the text or the code. A GET filter by mobile (typed in full, shown masked).
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { listSmsMessages, SMS_PAGE_SIZE } from "@/lib/db/sms/list-sms-messages";
import { checkMobile } from "@/lib/identifiers";
import { pageParam, textParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { FilterText } from "../_components/filter-fields";
import { Pagination } from "../_components/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.sms"))("title") };
}

export default async function SmsOutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff({ area: "sms" });
  const t = await getTranslations("staffOps.sms");
  const staff = await getTranslations("staff");
  const format = await getFormatter();
  const params = await searchParams;
  const mobileText = textParam(params, "mobile", 32);
  const mobile = mobileText ? checkMobile(mobileText) : null;
  const mobileError = mobile && !mobile.ok ? t("mobileError") : undefined;
  const page = pageParam(params);
  const list = mobileError ? null : await listSmsMessages({ db: db(), mobile: mobile?.ok ? mobile.value : null, page });
  const words = (group: "purposes" | "statuses", value: string) => (t.has(`${group}.${value}`) ? t(`${group}.${value}` as "purposes.lookup") : value);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("lead")}</p>
      <form method="get" action="/staff/sms" noValidate className="flex flex-wrap items-end gap-4" aria-label={t("formLabel")}>
        <div className="w-64">
          <FilterText id="mobile" label={t("mobile")} value={mobileText} error={mobileError} errorPrefix={staff("form.errorPrefix")} />
        </div>
        <button type="submit" className="rounded bg-gov-blue px-6 py-2 text-lg font-bold text-white hover:bg-gov-blue-dark">
          {t("submit")}
        </button>
      </form>
      {list ? (
        <section aria-labelledby="sms-heading" className="space-y-3">
          <h2 id="sms-heading" className="text-xl font-bold">
            {t("listHeading")}
          </h2>
          <p role="status">{t("count", { count: list.total })}</p>
          {list.messages.length > 0 ? (
            <div className="overflow-x-auto" role="region" aria-labelledby="sms-heading" tabIndex={0}>
              <table className="w-full border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-ink">
                    {(["sentAt", "mobile", "purpose", "provider", "status"] as const).map((column) => (
                      <th key={column} scope="col" className="px-2 py-2">
                        {t(`columns.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.messages.map((message) => (
                    <tr key={message.id} className="border-b border-gray-300" data-testid="sms-row">
                      <td className="px-2 py-1">{format.dateTime(message.sentAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                      <td className="px-2 py-1 font-mono">{message.maskedMobile}</td>
                      <td className="px-2 py-1">{words("purposes", message.purpose)}</td>
                      <td className="px-2 py-1">{message.provider}</td>
                      <td className="px-2 py-1">
                        {words("statuses", message.status)}
                        {message.attempts > 1 ? t("attempts", { count: message.attempts }) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <Pagination path="/staff/sms" values={{ mobile: mobileText }} page={page} pageSize={SMS_PAGE_SIZE} total={list.total} />
        </section>
      ) : null}
    </div>
  );
}
