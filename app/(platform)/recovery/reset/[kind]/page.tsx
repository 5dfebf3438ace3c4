import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResetForm } from "@/components/recovery/reset-form";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { isRecoveryKind } from "../../_lib/kinds";
import { resetAction } from "../actions";

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) return {};
  return { title: (await getTranslations("recovery.reset"))(kind === "legal" ? "legalTitle" : "naturalTitle") };
}

/** 登录名重置密码 (seed 三 1-1 自然人, 2-1 法人). */
export default async function ResetPage({ params }: Props) {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) notFound();
  const t = await getTranslations("recovery");
  const captcha = await createFormCaptcha("recovery-reset");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t(kind === "legal" ? "reset.legalTitle" : "reset.naturalTitle")}</h1>
      <p>{t(kind === "legal" ? "reset.legalLead" : "reset.naturalLead")}</p>
      <ResetForm kind={kind} initialCaptcha={{ enabled: captcha.enabled, arithmetic: captcha.arithmetic }} action={resetAction.bind(null, kind)} />
      <p>
        {t("reset.noMobile")}{" "}
        <Link className="text-gov-blue underline underline-offset-4" href={`/recovery/appeal/${kind}`}>
          {t(kind === "legal" ? "appealLegalLink" : "appealNaturalLink")}
        </Link>
      </p>
      <Link className="text-gov-blue underline underline-offset-4" href="/recovery">
        {t("backToRecovery")}
      </Link>
    </div>
  );
}
