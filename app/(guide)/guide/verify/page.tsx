// /guide/verify: the SMS code of a personal lookup. Without a pending challenge (expired, used, or
// a bookmark) it says so and sends the person back to the mobile step.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { confirmCodeAction } from "../actions";
import { readChallenge } from "../_lib/guide-cookies";
import { CodeForm } from "./code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guide.verify"))("metaTitle") };
}

export default async function VerifyCodePage() {
  const t = await getTranslations("guide");
  const pending = await readChallenge();
  const restart = (
    <Link href="/guide/personal" className="text-gov-blue underline underline-offset-4">
      {t("verify.restart")}
    </Link>
  );
  if (!pending) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("verify.expiredTitle")}</h1>
        <p>{t("verify.expiredText")}</p>
        <p>{restart}</p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("verify.heading")}</h1>
      <p className="max-w-2xl">{t("verify.lead", { mobile: pending.maskedMobile })}</p>
      <CodeForm
        action={confirmCodeAction}
        labels={{
          code: t("verify.codeLabel"),
          hint: t("verify.codeHint"),
          submit: t("verify.submit"),
          pending: t("form.pending"),
          errorSummaryTitle: t("form.errorSummaryTitle"),
          errorPrefix: t("form.errorPrefix"),
        }}
      />
      <p>{restart}</p>
    </div>
  );
}
