import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResetForm } from "@/components/recovery/reset-form";
import { safeNextPath } from "@/lib/accounts/notices";
import { withNext } from "@/lib/accounts/return-to";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { isRecoveryKind } from "../../_lib/kinds";
import { resetAction } from "../actions";

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) return {};
  return { title: (await getTranslations("recovery.reset"))(kind === "legal" ? "legalTitle" : "naturalTitle") };
}

/** 登录名重置密码 (seed 三 1-1 自然人, 2-1 法人). */
export default async function ResetPage({ params, searchParams }: Props) {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) notFound();
  // From a guide step: carried through the three steps, the done page and the login, back to it.
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations("recovery");
  const captcha = await createFormCaptcha("recovery-reset");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t(kind === "legal" ? "reset.legalTitle" : "reset.naturalTitle")}</h1>
      <p>{t(kind === "legal" ? "reset.legalLead" : "reset.naturalLead")}</p>
      <ResetForm kind={kind} initialCaptcha={{ enabled: captcha.enabled, arithmetic: captcha.arithmetic }} next={next} action={resetAction.bind(null, kind)} />
      <p>
        {t("reset.noMobile")}{" "}
        <Link className="text-gov-blue underline underline-offset-4" href={withNext(`/recovery/appeal/${kind}`, next)}>
          {t(kind === "legal" ? "appealLegalLink" : "appealNaturalLink")}
        </Link>
      </p>
      <Link className="text-gov-blue underline underline-offset-4" href={withNext("/recovery", next)}>
        {t("backToRecovery")}
      </Link>
    </div>
  );
}
