import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HintForm } from "@/components/recovery/hint-form";
import { safeNextPath } from "@/lib/accounts/notices";
import { withNext } from "@/lib/accounts/return-to";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { hintAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery.hint"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * E-R4: 如想知道法人账号用户名及密码，请通过忘记密码功能获取相关联系人信息. Opened from a step (the reset
 * step's text, E-R4's authorisation) with `next`: after the answer, the way back to it. Without
 * JavaScript the form posts to this same address, so `next` stays in the query string.
 */
export default async function HintPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  const t = await getTranslations("recovery");
  const captcha = await createFormCaptcha("recovery-hint");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("hint.title")}</h1>
      <p>{t("hint.lead")}</p>
      <HintForm initialCaptcha={{ enabled: captcha.enabled, arithmetic: captcha.arithmetic }} action={hintAction} next={next} />
      <p>
        {t("hint.thenReset")}{" "}
        <Link className="text-gov-blue underline underline-offset-4" href={withNext("/recovery/reset/legal", next)}>
          {t("reset.legalTitle")}
        </Link>
      </p>
      <Link className="text-gov-blue underline underline-offset-4" href={withNext("/recovery", next)}>
        {t("backToRecovery")}
      </Link>
    </div>
  );
}
