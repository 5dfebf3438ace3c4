// The page around the lookup form, shared by /guide/enterprise and /guide/personal. Rendered per
// request: every render makes a fresh captcha (the no-JavaScript sum is good for one answer).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { createFormCaptcha } from "@/lib/captcha/form-captcha";
import { lookUpEnterpriseAction, lookUpPersonalAction } from "./actions";
import { LookupForm } from "./lookup-form";

/** Where the ALTCHA widget fetches a new challenge each time it starts. */
const CHALLENGE_URL = "/api/v1/captcha";

export async function LookupStep({ kind }: { kind: "enterprise" | "personal" }) {
  const t = await getTranslations("guide");
  const captcha = await createFormCaptcha("lookup");
  const field =
    kind === "enterprise"
      ? { label: t("enterprise.usccLabel"), hint: t("enterprise.usccHint"), autoComplete: "off", autoCapitalize: "characters", maxLength: 64 }
      : { label: t("personal.mobileLabel"), hint: t("personal.mobileHint"), type: "tel", inputMode: "tel" as const, autoComplete: "tel-national", maxLength: 64 };
  return (
    <div className="space-y-4">
      <Link href="/guide" className="text-gov-blue underline underline-offset-4">
        {t("form.back")}
      </Link>
      <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t(`${kind}.heading`)}</h1>
      <p className="max-w-2xl">{t(`${kind}.lead`)}</p>
      <LookupForm
        action={kind === "enterprise" ? lookUpEnterpriseAction : lookUpPersonalAction}
        field={{ ...field, spellCheck: false }}
        captcha={{
          enabled: captcha.enabled,
          arithmetic: captcha.arithmetic,
          challengeUrl: CHALLENGE_URL,
          legend: t("captcha.legend"),
          widgetHint: t("captcha.widgetHint"),
          questionLabel: t("captcha.questionLabel"),
          questionHint: t("captcha.questionHint"),
        }}
        labels={{
          submit: t(`${kind}.submit`),
          pending: t("form.pending"),
          errorSummaryTitle: t("form.errorSummaryTitle"),
          errorPrefix: t("form.errorPrefix"),
        }}
      />
    </div>
  );
}
