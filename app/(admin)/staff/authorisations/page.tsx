// /staff/authorisations (admins): E-R4 authorisations by USCC and/or account login name, with
// grant, revoke and change-validity forms. Revoked and expired rows stay listed: they are the
// history, and the services pages refuse them (lib/accounts/service-access.ts).
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { beijingDay, lastValidDay } from "@/lib/accounts/authorisation-schemas";
import { isAuthorisationValid } from "@/lib/accounts/service-access";
import { loginNameKey } from "@/lib/accounts/login-names";
import { db } from "@/lib/db";
import { AUTHORISATIONS_PAGE_SIZE, listAuthorisations, type AuthorisationView } from "@/lib/db/authorisations/list-authorisations";
import { checkUscc } from "@/lib/identifiers";
import { pageParam, textParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { ConsoleForm } from "../_components/console-form";
import { consoleFormWords } from "../_components/console-words";
import { FilterText } from "../_components/filter-fields";
import { Pagination } from "../_components/pagination";
import { changeAuthorisationAction, grantAuthorisationAction, revokeAuthorisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.authorisations"))("title") };
}

const NOTICES = ["granted", "revoked", "changed"] as const;

function stateOf(row: AuthorisationView, now: Date): "revoked" | "active" | "expired" | "future" {
  if (row.revokedAt) return "revoked";
  if (isAuthorisationValid(row, now)) return "active";
  return row.validFrom.getTime() > now.getTime() ? "future" : "expired";
}

export default async function AuthorisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff({ area: "authorisations" });
  const t = await getTranslations("staffOps.authorisations");
  const staff = await getTranslations("staff");
  const format = await getFormatter();
  const words = await consoleFormWords();
  const params = await searchParams;
  const usccText = textParam(params, "uscc", 40);
  const loginText = textParam(params, "loginName", 64);
  const uscc = usccText ? checkUscc(usccText) : null;
  const usccError = uscc && !uscc.ok ? t("usccError") : undefined;
  const page = pageParam(params);
  const filters = { uscc: uscc?.ok ? uscc.value : null, loginNameKey: loginText ? loginNameKey(loginText) : null };
  const list = usccError ? null : await listAuthorisations({ db: db(), ...filters, page });
  const notice = NOTICES.find((value) => value === textParam(params, "notice"));
  const hidden = { filterUscc: usccText, filterLogin: loginText };
  const now = new Date();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  const systemOptions = [
    { value: "both", label: t("systems.both") },
    { value: "gaoqi", label: t("systems.gaoqi") },
    { value: "kexiao", label: t("systems.kexiao") },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      {notice ? <Notice tone="success">{t(`notices.${notice}`)}</Notice> : null}
      <p>{t("lead")}</p>
      <form method="get" action="/staff/authorisations" noValidate className="space-y-3" aria-label={t("filterLabel")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <FilterText id="uscc" label={t("fields.uscc")} value={usccText} error={usccError} errorPrefix={words.errorPrefix} />
          <FilterText id="loginName" label={t("fields.accountLoginName")} value={loginText} errorPrefix={words.errorPrefix} />
        </div>
        <button type="submit" className="rounded bg-gov-blue px-6 py-2 text-lg font-bold text-white hover:bg-gov-blue-dark">
          {t("filterSubmit")}
        </button>
      </form>
      <section className="rounded border-2 border-gray-300 p-4">
        <ConsoleForm
          action={grantAuthorisationAction}
          idPrefix="grant"
          title={t("grantTitle")}
          lead={t("grantLead")}
          hidden={hidden}
          fields={[
            { kind: "text", name: "loginName", label: t("fields.accountLoginName"), hint: t("loginNameHint"), defaultValue: loginText, maxLength: 64 },
            { kind: "text", name: "uscc", label: t("fields.uscc"), defaultValue: uscc?.ok ? uscc.value : "", maxLength: 40 },
            { kind: "select", name: "system", label: t("fields.system"), options: systemOptions },
            { kind: "date", name: "validFrom", label: t("fields.validFrom"), defaultValue: beijingDay(now) },
            { kind: "date", name: "validTo", label: t("fields.validTo"), hint: t("validToHint") },
            { kind: "textarea", name: "note", label: t("fields.note"), hint: t("noteHint"), maxLength: 500 },
          ]}
          submitLabel={t("grantSubmit")}
          words={words}
        />
      </section>
      {list ? (
        <section aria-labelledby="authorisations-heading" className="space-y-3">
          <h2 id="authorisations-heading" className="text-xl font-bold">
            {t("listHeading")}
          </h2>
          <p role="status">{t("count", { count: list.total })}</p>
          <ul className="space-y-4">
            {list.rows.map((row) => {
              const state = stateOf(row, now);
              return (
                <li key={row.id} className="space-y-2 rounded border-2 border-gray-300 p-4" data-testid="authorisation-row">
                  <p className="font-bold">
                    {t("rowTitle", { loginName: row.accountLoginName, uscc: row.uscc, system: t(`systems.${row.system === "kexiao" ? "kexiao" : "gaoqi"}`) })}
                    {" · "}
                    <span data-testid="authorisation-state">{t(`states.${state}`)}</span>
                  </p>
                  <p>
                    {t("validity", { from: date(row.validFrom), to: row.validTo ? lastValidDay(row.validTo) : t("noEnd") })}
                    {" · "}
                    {row.grantedBy === "staff" ? t("grantedByStaff", { name: row.staffName ?? staff("events.staff") }) : t("grantedByMigration")}
                    {row.revokedAt ? ` · ${t("revokedAt", { at: date(row.revokedAt) })}` : null}
                    {row.note ? ` · ${t("noteShown", { note: row.note })}` : null}
                  </p>
                  {row.revokedAt ? null : (
                    <div className="grid gap-6 md:grid-cols-2">
                      <details>
                        <summary className="cursor-pointer text-gov-blue underline underline-offset-4">{t("changeTitle")}</summary>
                        <ConsoleForm
                          action={changeAuthorisationAction}
                          idPrefix={`change-${row.id}`}
                          title={t("changeTitle")}
                          hidden={{ ...hidden, id: String(row.id) }}
                          fields={[
                            { kind: "date", name: "validFrom", label: t("fields.validFrom"), defaultValue: beijingDay(row.validFrom) },
                            { kind: "date", name: "validTo", label: t("fields.validTo"), hint: t("validToHint"), defaultValue: row.validTo ? lastValidDay(row.validTo) : "" },
                            { kind: "textarea", name: "note", label: t("fields.note"), hint: t("noteHint"), maxLength: 500 },
                          ]}
                          submitLabel={t("changeSubmit")}
                          words={words}
                        />
                      </details>
                      <details>
                        <summary className="cursor-pointer text-gov-blue underline underline-offset-4">{t("revokeTitle")}</summary>
                        <ConsoleForm
                          action={revokeAuthorisationAction}
                          idPrefix={`revoke-${row.id}`}
                          title={t("revokeTitle")}
                          lead={t("revokeLead")}
                          hidden={{ ...hidden, id: String(row.id) }}
                          fields={[{ kind: "textarea", name: "note", label: t("fields.note"), hint: t("noteHint"), maxLength: 500 }]}
                          submitLabel={t("revokeSubmit")}
                          words={words}
                        />
                      </details>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <Pagination path="/staff/authorisations" values={{ uscc: usccText, loginName: loginText }} page={page} pageSize={AUTHORISATIONS_PAGE_SIZE} total={list.total} />
        </section>
      ) : null}
    </div>
  );
}
