// What a staff member sees on a console page their role may not open (requireStaff → forbidden(),
// HTTP 403): that it exists, that their role cannot open it, and who can change that.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function StaffForbidden() {
  const t = await getTranslations("staffOps.forbidden");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue">{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link className="text-gov-blue underline underline-offset-4" href="/staff">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
