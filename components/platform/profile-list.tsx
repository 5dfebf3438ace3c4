import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountProfile } from "@/lib/db/accounts/get-account-profile";

/** The account's data as a description list: natural and legal accounts show different rows. */
export async function ProfileList({ profile }: { profile: AccountProfile }) {
  const t = await getTranslations("platform");
  const format = await getFormatter();
  const missing = t("account.notProvided");
  const rows: [string, string | null][] = [
    [t("fields.loginName"), profile.loginName],
    [t("fields.accountType"), t(profile.type === "legal" ? "accountType.legal" : "accountType.natural")],
    [t("fields.reservedMobile"), profile.reservedMobile],
    ...(profile.type === "legal"
      ? ([
          [t("fields.orgName"), profile.orgName],
          [t("fields.uscc"), profile.uscc],
          [t("fields.legalRepName"), profile.legalRepName],
        ] as [string, string | null][])
      : ([[t("fields.personName"), profile.personName]] as [string, string | null][])),
    [t("fields.contactName"), profile.contactName],
    [t("fields.email"), profile.email],
    [t("fields.createdAt"), format.dateTime(profile.createdAt, { dateStyle: "long" })],
  ];
  return (
    <section aria-labelledby="basic-heading">
      <h2 id="basic-heading" className="mb-2 text-xl font-bold">
        {t("account.basicInfo")}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold text-muted">{label}</dt>
            <dd className="mb-2 break-all sm:mb-0">{value ?? missing}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
