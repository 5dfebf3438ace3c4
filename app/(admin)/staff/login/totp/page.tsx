import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { getStaffSession } from "@/lib/staff/require-staff";
import { startTotpEnrolment } from "@/lib/staff/start-totp-enrolment";
import { formatTotpSecret } from "@/lib/staff/totp";
import { TotpForm } from "../../_components/totp-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff.totp"))("title") };
}

/** After the password: enrol the authenticator (first login) or type its code. */
export default async function StaffTotpPage() {
  const session = await getStaffSession();
  if (session?.stage === "full") redirect("/staff");
  if (!session) redirect("/staff/login?notice=sessionEnded");
  const t = await getTranslations("staff.totp");
  const enrolment = session.totpEnrolled ? null : await startTotpEnrolment({ db: db(), staffId: session.staffId });
  const qr = enrolment
    ? `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(enrolment.uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" })).toString("base64")}`
    : null;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t(enrolment ? "enrolTitle" : "title")}</h1>
      {enrolment && qr ? (
        <>
          <p>{t("enrolLead")}</p>
          <ol className="list-decimal space-y-2 pl-6">
            <li>{t("enrolStep1")}</li>
            <li>{t("enrolStep2")}</li>
          </ol>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline data URL; nothing for the image optimiser to do */}
          <img src={qr} alt={t("qrAlt")} width={220} height={220} className="border-2 border-ink bg-white" />
          <div>
            <p className="font-bold" id="totp-secret-label">
              {t("secretLabel")}
            </p>
            <p aria-labelledby="totp-secret-label" className="font-mono text-xl tracking-wider break-all" data-testid="totp-secret">
              {formatTotpSecret(enrolment.secret)}
            </p>
          </div>
        </>
      ) : (
        <p>{t("lead")}</p>
      )}
      <TotpForm enrolling={enrolment !== null} />
      <p>
        <Link className="text-gov-blue underline underline-offset-4" href="/staff/login">
          {t("restart")}
        </Link>
      </p>
    </div>
  );
}
