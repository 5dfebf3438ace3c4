"use client";
// The shared captcha field with the platform's words and the challenge endpoint filled in.
import { useTranslations } from "next-intl";
import { CaptchaField } from "@/components/forms/captcha-field";
import type { CaptchaProps } from "./form-types";

export function CaptchaBlock({ captcha, error, resetSignal }: { captcha: CaptchaProps; error?: string; resetSignal?: unknown }) {
  const t = useTranslations("platform");
  return (
    <CaptchaField
      enabled={captcha.enabled}
      arithmetic={captcha.arithmetic}
      challengeUrl="/api/v1/captcha"
      legend={t("captcha.legend")}
      widgetHint={t("captcha.widgetHint")}
      questionLabel={t("captcha.questionLabel")}
      questionHint={t("captcha.questionHint")}
      error={error}
      errorPrefix={t("form.errorPrefix")}
      resetSignal={resetSignal}
    />
  );
}
