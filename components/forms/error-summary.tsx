"use client";
// The list of problems at the top of a form (GOV.UK pattern): each links to its field, and the box
// takes focus when it appears so screen-reader and keyboard users land on it after submitting, and
// the page's title starts with "错误：" while it is shown.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useErrorTitle } from "./error-title";

export interface ErrorSummaryProps {
  title: string;
  formError?: string;
  errors: { href: string; message: string }[];
}

export function ErrorSummary({ title, formError, errors }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  const shown = Boolean(formError) || errors.length > 0;
  const signature = `${formError ?? ""}|${errors.map((e) => e.href + e.message).join("|")}`;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown, signature]);
  useErrorTitle(shown, useTranslations("chrome")("errorTitlePrefix"));
  if (!shown) return null;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded border-4 border-gov-red p-4 focus:outline-offset-4"
    >
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {title}
      </h2>
      {formError ? <p className="mb-2 font-bold text-gov-red">{formError}</p> : null}
      {errors.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6">
          {errors.map((error) => (
            <li key={error.href}>
              <a className="font-bold text-gov-red underline underline-offset-4" href={error.href}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
