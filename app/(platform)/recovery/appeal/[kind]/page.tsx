import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppealForm } from "@/components/recovery/appeal-form";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { isRecoveryKind } from "../../_lib/kinds";
import { readAppealFlash } from "../_lib/appeal-cookies";
import { appealStateFromFlash } from "../_lib/initial-state";
import { appealAction } from "../actions";

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<{ upload?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) return {};
  return { title: (await getTranslations("recovery.appeal"))(kind === "legal" ? "legalTitle" : "naturalTitle") };
}

/** 自然人申诉找回密码 (seed 三 1-2) and 单位法人用户申诉找回密码 (三 2-2); P-R4 users arrive here from the guide. */
export default async function AppealPage({ params, searchParams }: Props) {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) notFound();
  const { upload } = await searchParams;
  const initialState = await appealStateFromFlash(await readAppealFlash(kind, typeof upload === "string" ? upload : undefined));
  const t = await getTranslations("recovery");
  const captcha = await createFormCaptcha("recovery-appeal");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t(kind === "legal" ? "appeal.legalTitle" : "appeal.naturalTitle")}</h1>
      <p>{t(kind === "legal" ? "appeal.legalLead" : "appeal.naturalLead")}</p>
      <AppealForm kind={kind} initialCaptcha={{ enabled: captcha.enabled, arithmetic: captcha.arithmetic }} action={appealAction.bind(null, kind)} initialState={initialState} />
      <p>
        <Link className="text-gov-blue underline underline-offset-4" href="/recovery/status">
          {t("statusLink")}
        </Link>
      </p>
      <Link className="text-gov-blue underline underline-offset-4" href="/recovery">
        {t("backToRecovery")}
      </Link>
    </div>
  );
}
