// 返回操作指引: the way back to the guide's step a platform page was opened from (issue 14.1).
// `next` has been through safeNextPath, so the link can only lead to a page of this site.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function BackToStep({ next }: { next: string | null }) {
  const t = useTranslations("wayBack");
  if (!next) return null;
  return (
    <p>
      <Link className="font-bold text-gov-blue underline underline-offset-4" href={next}>
        {t("toStep")}
      </Link>
    </p>
  );
}
