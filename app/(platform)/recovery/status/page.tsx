import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusForm } from "@/components/recovery/status-form";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { statusAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery.status"))("title") };
}

/** 查询申诉进度: by reference number and mobile, with an SMS code, without logging in. */
export default async function StatusPage() {
  const t = await getTranslations("recovery");
  const captcha = await createFormCaptcha("recovery-status");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("status.title")}</h1>
      <p>{t("status.lead")}</p>
      <StatusForm initialCaptcha={{ enabled: captcha.enabled, arithmetic: captcha.arithmetic }} action={statusAction} />
      <Link className="text-gov-blue underline underline-offset-4" href="/recovery">
        {t("backToRecovery")}
      </Link>
    </div>
  );
}
