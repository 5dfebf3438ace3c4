import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Notice } from "@/components/platform/notice";
import { safeNextPath } from "@/lib/accounts/notices";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { openUploadFlash, UPLOAD_FLASH_COOKIE } from "@/lib/uploads/upload-flash";
import { getVerificationView } from "@/lib/verification/get-verification-view";
import { VERIFICATION_UPLOAD_FORM, verificationSlots } from "@/lib/verification/upload-state";
import { FileField } from "@/components/forms/file-field";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification"))("upload.title.natural") };
}

/**
 * 上传自然人信息 / 上传法人信息 (source 实名认证失败): a plain multipart form posting to a route
 * handler, so it works without JavaScript and with files larger than a server action accepts.
 */
export default async function VerificationUploadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const suffix = next ? `?next=${encodeURIComponent(next)}` : "";
  const session = await getCurrentSession();
  if (!session) redirect(`/login?notice=loginToContinue&next=${encodeURIComponent(`/account/verify/upload${suffix}`)}`);
  const view = await getVerificationView({ db: db(), accountId: session.accountId });
  if (!view) redirect("/login?notice=sessionEnded");
  if (view.uploadState === "pending" || view.uploadState === "verified") redirect(`/account/verify${suffix}`);
  const t = await getTranslations("verification");
  const site = await getTranslations("site");
  const flash = openUploadFlash((await cookies()).get(UPLOAD_FLASH_COOKIE)?.value, VERIFICATION_UPLOAD_FORM);
  const slots = verificationSlots(view.type);
  const errorOf = (slot: (typeof slots)[number]) => (flash?.errors[slot] ? t(`uploadErrors.${flash.errors[slot]}`) : undefined);
  const summary = slots.flatMap((slot) => (flash?.errors[slot] ? [{ href: `#${slot}`, message: `${site("labelled", { label: t(`slots.${slot}`) })}${errorOf(slot)}` }] : []));
  const formError = flash?.formError ? t(`upload.formErrors.${flash.formError}`) : undefined;
  const back = `/account/verify${suffix}`;
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <div className="max-w-2xl space-y-6">
      <p className="text-muted">{t("breadcrumb")} ›</p>
      <h1 className="text-2xl font-bold text-gov-blue">{t(`upload.title.${view.type}`)}</h1>
      {view.uploadState === "needsIdentity" ? (
        <Notice tone="warning">
          <p>{t("upload.needsIdentity")}</p>
          <Link className={link} href={back}>
            {t(`${view.type}.title`)}
          </Link>
        </Notice>
      ) : (
        <>
          <p>{t("upload.lead")}</p>
          <p>{t("upload.rules")}</p>
          <p className="text-muted">{t("upload.privacy", { days: env().DOCUMENT_RETENTION_DAYS })}</p>
          <ErrorSummary title={t("upload.errorSummaryTitle")} formError={formError} errors={summary} />
          <form method="post" action="/account/verify/upload/submit" encType="multipart/form-data" noValidate className="space-y-5">
            {next ? <input type="hidden" name="next" value={next} /> : null}
            {slots.map((slot) => (
              <FileField key={slot} id={slot} label={t(`slots.${slot}`)} hint={t(`slotHints.${slot}`)} error={errorOf(slot)} requiredMark={t("required")} errorPrefix={t("errorPrefix")} />
            ))}
            <button type="submit" className="rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
              {t("upload.submit")}
            </button>
          </form>
        </>
      )}
      <p>
        <Link className={link} href={back}>
          {t("upload.back")}
        </Link>
      </p>
    </div>
  );
}
