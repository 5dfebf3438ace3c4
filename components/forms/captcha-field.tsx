"use client";
// The captcha in a form, working both ways (WCAG: no puzzle only some people can do):
// - JavaScript on: the ALTCHA widget solves a proof of work by itself as soon as the page loads and
//   puts its payload in the hidden field `altcha`;
// - JavaScript off: the browser shows the <noscript> part, a sum in plain text answered in
//   `captchaAnswer`, with the signed token in `captchaToken`. The sum comes as numbers and is worded
//   here in the visitor's language (sum-question.ts).
// Each payload is good for one request, so after every answer from the server the widget starts
// again with a fresh challenge. The widget's own words come from our catalogues in the page's
// language (altcha-strings.ts).
import "altcha/altcha.css";
import type { WidgetMethods } from "altcha/types";
import type {} from "altcha/types/react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { altchaLanguage, altchaStrings, registerAltchaStrings } from "./altcha-strings";
import { errorBar, FieldHintAndError } from "./field-frame";
import { sumQuestion, type SumTerms } from "./sum-question";
import { TextField } from "./text-field";
import { useHydrated } from "./use-hydrated";

export const CAPTCHA_FIELD_ID = "captcha";
const ALTCHA_STYLE_ID = "altcha-css";

export interface CaptchaFieldProps {
  /** null when CAPTCHA=off: nothing is shown and nothing is checked. */
  arithmetic: (SumTerms & { token: string }) | null;
  enabled: boolean;
  /** Where the widget fetches a fresh challenge (GET, JSON). */
  challengeUrl: string;
  legend: string;
  widgetHint: string;
  questionLabel: string;
  questionHint: string;
  error?: string;
  errorPrefix?: string;
  /** Changes whenever the server answered; the widget then solves a new challenge. */
  resetSignal?: unknown;
}

export function CaptchaField(props: CaptchaFieldProps) {
  const { enabled, arithmetic, challengeUrl, legend, widgetHint, questionLabel, questionHint, error, errorPrefix, resetSignal } = props;
  const widget = useRef<HTMLElement & Partial<WidgetMethods>>(null);
  const firstSignal = useRef(resetSignal);
  const scripted = useHydrated();
  const sumWords = useTranslations("captchaSum");
  const widgetWords = useTranslations("captchaWidget");
  const language = altchaLanguage(useLocale());

  // The widget is a web component that touches `window`: load it in the browser only.
  useEffect(() => {
    if (!enabled) return;
    // The widget's styles come with our own stylesheet (altcha.css above). Left alone it would add
    // them again as an inline <style> without the page's nonce, which the CSP refuses (proxy.ts);
    // an element with its id tells it they are there.
    if (!document.getElementById(ALTCHA_STYLE_ID)) {
      const marker = document.createElement("meta");
      marker.id = ALTCHA_STYLE_ID;
      document.head.append(marker);
    }
    // The widget alone (no bundled translations): its words are ours, registered once it has loaded.
    void import("altcha").then(() => registerAltchaStrings(language, altchaStrings(widgetWords)));
  }, [enabled, language, widgetWords]);

  useEffect(() => {
    if (resetSignal === firstSignal.current) return;
    widget.current?.reset?.();
    void widget.current?.verify?.();
  }, [resetSignal]);

  if (!enabled) return null;
  return (
    <div id={CAPTCHA_FIELD_ID} tabIndex={-1} className={errorBar(error)}>
      <p className="text-lg font-bold">{legend}</p>
      <FieldHintAndError id={CAPTCHA_FIELD_ID} error={error} errorPrefix={errorPrefix} />
      {scripted ? (
        <div className="mt-1 max-w-md">
          <p className="text-muted">{widgetHint}</p>
          <altcha-widget ref={widget} challenge={challengeUrl} auto="onload" name="altcha" language={language} />
        </div>
      ) : null}
      {arithmetic ? (
        <noscript>
          <TextField
            id={`${CAPTCHA_FIELD_ID}-answer`}
            name="captchaAnswer"
            label={`${questionLabel}${sumQuestion((key, values) => sumWords(key as never, values as never), arithmetic)}`}
            hint={questionHint}
            error={error}
            errorPrefix={errorPrefix}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            width="code"
          />
          <input type="hidden" name="captchaToken" value={arithmetic.token} />
        </noscript>
      ) : null}
    </div>
  );
}
