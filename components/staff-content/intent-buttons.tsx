"use client";
// The editor's buttons: each posts the form with its intent (a plain submit button's name and
// value, so it works without JavaScript). While a post runs (JavaScript on) they say so.
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

export function IntentButtons({ reviewRequired }: { reviewRequired: boolean }) {
  const t = useTranslations("contentEditor.form");
  const { pending } = useFormStatus();
  const intents = reviewRequired ? (["draft", "submit", "publish"] as const) : (["draft", "publish"] as const);
  const labels = { draft: t("saveDraft"), submit: t("submit"), publish: t("publish") };
  return (
    <div className="flex flex-wrap gap-3">
      {intents.map((intent) => (
        <button
          key={intent}
          type="submit"
          name="intent"
          value={intent}
          aria-disabled={pending}
          onClick={(event) => {
            if (pending) event.preventDefault();
          }}
          className={
            intent === "publish"
              ? "rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark aria-disabled:opacity-70"
              : "rounded border-2 border-gov-blue bg-white px-6 py-3 text-lg font-bold text-gov-blue hover:bg-blue-50 aria-disabled:opacity-70"
          }
        >
          {pending ? t("pending") : labels[intent]}
        </button>
      ))}
    </div>
  );
}
