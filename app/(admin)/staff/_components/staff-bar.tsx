import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { navFor } from "@/lib/staff/staff-access";
import { getCurrentStaff } from "@/lib/staff/require-staff";
import { logOutStaffAction } from "../actions";

/** Who is signed in on the staff side, the pages their role may open, and the way out. */
export async function StaffBar() {
  const staff = await getCurrentStaff();
  if (!staff) return null;
  const t = await getTranslations("staff");
  const nav = await getTranslations("staffOps.nav");
  return (
    <nav aria-label={t("bar.label")} className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b-2 border-gov-blue pb-3">
      <p>
        <span className="sr-only">{t("bar.label")}：</span>
        {t("bar.signedInAs", { name: staff.name, role: t(`roles.${staff.role}`) })}
      </p>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {navFor(staff.role).map((item) => (
          <li key={item.href}>
            <Link className="text-gov-blue underline underline-offset-4" href={item.href}>
              {nav(item.area)}
            </Link>
          </li>
        ))}
        <li>
          <form action={logOutStaffAction}>
            <button type="submit" className="text-gov-blue underline underline-offset-4">
              {t("bar.logout")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
