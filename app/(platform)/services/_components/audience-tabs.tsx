import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SERVICE_AUDIENCES, type ServiceAudience } from "@/lib/accounts/service-catalogue";

/** 按用户: 自然人 | 法人单位, as links (they work without JavaScript and can be bookmarked). */
export async function AudienceTabs({ audience, query }: { audience: ServiceAudience; query: (audience: ServiceAudience) => string }) {
  const t = await getTranslations("services");
  return (
    <nav aria-label={t("byUser")}>
      <ul className="flex flex-wrap gap-2 border-b-2 border-gov-blue">
        {SERVICE_AUDIENCES.map((a) => (
          <li key={a}>
            <Link
              href={`/services${query(a)}`}
              aria-current={a === audience ? "page" : undefined}
              className={`inline-block rounded-t px-4 py-2 font-bold ${a === audience ? "bg-gov-blue text-white" : "text-gov-blue underline underline-offset-4"}`}
            >
              {t(`audiences.${a}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
