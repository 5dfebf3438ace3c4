"use client";
// What the error boundaries (app/error.tsx and one per route group) show when a page failed in the
// browser's session: the reference is Next's digest of the error, which instrumentation.ts logs with
// the failure, so staff find it when the user calls. The title starts with "错误：".
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useErrorTitle } from "@/components/forms/error-title";
import { ErrorPanel } from "./error-panel";
import { errorTexts } from "./error-texts";

export interface BoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

export function BoundaryView({ error, reset }: BoundaryProps) {
  const t = useTranslations("errorPages");
  useErrorTitle(true, t("titlePrefix"));
  useEffect(() => {
    document.getElementById("main")?.focus();
  }, [error]);
  const action = (
    <button type="button" onClick={reset} className="cursor-pointer rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
      {t("retry")}
    </button>
  );
  return <ErrorPanel text={errorTexts(t, "failed")} reference={error.digest ?? null} phone={t("phone")} action={action} />;
}
