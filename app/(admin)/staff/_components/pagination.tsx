import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withParam } from "@/lib/staff/console-filters";

/** Previous / next links of a staff list, keeping its filters in the query string. */
export async function Pagination({ path, values, page, pageSize, total }: { path: string; values: Record<string, string>; page: number; pageSize: number; total: number }) {
  const t = await getTranslations("staffOps.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const link = (target: number) => `${path}?${withParam(values, "page", String(target))}`;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link className="text-gov-blue underline underline-offset-4" href={link(page - 1)}>
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("position", { page, pages })}</span>
      {page < pages ? (
        <Link className="text-gov-blue underline underline-offset-4" href={link(page + 1)}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
