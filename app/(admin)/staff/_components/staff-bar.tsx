import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CONTENT_EDITOR_ROLES } from "@/lib/content/content-keys";
import { getCurrentStaff } from "@/lib/staff/require-staff";
import { logOutStaffAction } from "../actions";

/** Who is signed in on the staff side, with the way out. Shown only to a full session. */
export async function StaffBar() {
  const staff = await getCurrentStaff();
  if (!staff) return null;
  const t = await getTranslations("staff");
  return (
    <nav aria-label={t("bar.label")} className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b-2 border-gov-blue pb-3">
      <p>
        <span className="sr-only">{t("bar.label")}：</span>
        {t("bar.signedInAs", { name: staff.name, role: t(`roles.${staff.role}`) })}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        {staff.role === "reviewer" ? (
          <Link className="text-gov-blue underline underline-offset-4" href="/staff">
            {t("bar.queue")}
          </Link>
        ) : null}
        {(CONTENT_EDITOR_ROLES as readonly string[]).includes(staff.role) ? (
          <Link className="text-gov-blue underline underline-offset-4" href="/staff/content">
            {t("bar.content")}
          </Link>
        ) : null}
        {/* The call centre and every role: where a caller is (help code), and the whole flow. */}
        <Link className="text-gov-blue underline underline-offset-4" href="/staff/help">
          {t("bar.help")}
        </Link>
        <Link className="text-gov-blue underline underline-offset-4" href="/staff/flow">
          {t("bar.flow")}
        </Link>
        <form action={logOutStaffAction}>
          <button type="submit" className="text-gov-blue underline underline-offset-4">
            {t("bar.logout")}
          </button>
        </form>
      </div>
    </nav>
  );
}
