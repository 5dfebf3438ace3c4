// /staff/accounts (admins): create staff accounts and manage the existing ones. A new account
// enrols its authenticator at its first login, as one made with `admin:create` does.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { db } from "@/lib/db";
import { listStaffAccounts } from "@/lib/db/staff/list-staff-accounts";
import { textParam, type SearchParams } from "@/lib/staff/console-filters";
import { requireStaff } from "@/lib/staff/require-staff";
import { isStaffRole, STAFF_ROLES } from "@/lib/staff/staff-rules";
import { ConsoleForm } from "../_components/console-form";
import { consoleFormWords } from "../_components/console-words";
import { createStaffAction, updateStaffAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffOps.accounts"))("title") };
}

const NOTICES = ["disable", "enable", "role", "resetTotp"] as const;

export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireStaff({ area: "staff" });
  const t = await getTranslations("staffOps.accounts");
  const staff = await getTranslations("staff");
  const format = await getFormatter();
  const words = await consoleFormWords();
  const accounts = await listStaffAccounts({ db: db() });
  const params = await searchParams;
  const notice = NOTICES.find((value) => value === textParam(params, "notice"));
  const roleOptions = STAFF_ROLES.map((role) => ({ value: role, label: staff(`roles.${role}`) }));
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("never"));
  const button = (id: number, kind: "disable" | "enable" | "resetTotp", name: string) => (
    <ConsoleForm action={updateStaffAction} idPrefix={`${kind}-${id}`} title={t(`${kind}Title`, { name })} lead={t(`${kind}Lead`)} hidden={{ id: String(id), kind }} fields={[]} submitLabel={t(`${kind}Submit`)} words={words} />
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      {notice ? <Notice tone="success">{t(`notices.${notice}`)}</Notice> : null}
      <p>{t("lead")}</p>
      <section className="rounded border-2 border-gray-300 p-4">
        <ConsoleForm
          action={createStaffAction}
          idPrefix="create"
          title={t("createTitle")}
          lead={t("createLead")}
          fields={[
            { kind: "text", name: "name", label: t("name"), hint: t("nameHint"), maxLength: 64 },
            { kind: "select", name: "role", label: t("role"), options: roleOptions, defaultValue: "reviewer" },
            { kind: "password", name: "password", label: t("password"), hint: t("passwordHint"), autoComplete: "new-password", maxLength: 1024 },
          ]}
          submitLabel={t("createSubmit")}
          words={words}
        />
      </section>
      <section aria-labelledby="accounts-heading" className="space-y-4">
        <h2 id="accounts-heading" className="text-xl font-bold">
          {t("listHeading")}
        </h2>
        <ul className="space-y-4">
          {accounts.map((account) => (
            <li key={account.id} className="space-y-3 rounded border-2 border-gray-300 p-4" data-testid="staff-account">
              <h3 className="text-lg font-bold">
                {account.name}
                {account.id === me.staffId ? `（${t("you")}）` : null}
              </h3>
              <p data-testid="staff-account-state">
                {isStaffRole(account.role) ? staff(`roles.${account.role}`) : account.role}
                {" · "}
                {account.disabledAt ? t("disabled", { at: when(account.disabledAt) }) : t("enabled")}
                {" · "}
                {account.totpEnrolled ? t("totpEnrolled") : t("totpPending")}
                {" · "}
                {t("lastSeen", { at: when(account.lastSeenAt) })}
              </p>
              <div className="grid gap-6 md:grid-cols-3">
                <ConsoleForm
                  action={updateStaffAction}
                  idPrefix={`role-${account.id}`}
                  title={t("roleTitle", { name: account.name })}
                  hidden={{ id: String(account.id), kind: "role" }}
                  fields={[{ kind: "select", name: "role", label: t("role"), options: roleOptions, defaultValue: account.role }]}
                  submitLabel={t("roleSubmit")}
                  words={words}
                />
                {account.disabledAt ? button(account.id, "enable", account.name) : account.id === me.staffId ? null : button(account.id, "disable", account.name)}
                {account.totpEnrolled ? button(account.id, "resetTotp", account.name) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
