import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/platform/register-form";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { registerAction } from "../actions";

type Props = { params: Promise<{ kind: string }> };

function isKind(value: string): value is "natural" | "legal" {
  return value === "natural" || value === "legal";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isKind(kind)) return {};
  return { title: (await getTranslations("platform.register"))(kind === "legal" ? "legalTitle" : "naturalTitle") };
}

/** 自然人注册 / 单位用户（法人）注册 (source 1-1, 2-1). */
export default async function RegisterPage({ params }: Props) {
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  const t = await getTranslations("platform.register");
  const captcha = await createFormCaptcha("register");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t(kind === "legal" ? "legalTitle" : "naturalTitle")}</h1>
      <p>{t(kind === "legal" ? "legalDescription" : "naturalDescription")}</p>
      <RegisterForm kind={kind} initialCaptcha={{ enabled: captcha.enabled, arithmetic: captcha.arithmetic }} action={registerAction.bind(null, kind)} />
      <p>
        {t("haveAccount")}{" "}
        <Link href={`/login/${kind}`} className="text-gov-blue underline underline-offset-4">
          {t("loginLink")}
        </Link>
      </p>
    </div>
  );
}
