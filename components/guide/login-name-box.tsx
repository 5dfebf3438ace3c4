// The login name to use and the window to use it at. On a result page the name is the lookup's
// (masked as the lookup returns it); on the public outcome page only a description in words.
import { getTranslations } from "next-intl/server";
import type { LoginWindow } from "@/lib/migration/outcomes";
import { CopyButton } from "./copy-button";

export interface LoginNameBoxProps {
  /** The lookup's login name; undefined on the public page, which shows `hint` instead. */
  loginName?: string | null;
  hint?: string;
  window: LoginWindow | null;
  /** Keeps ids unique where one page shows the box twice (the staff preview at two widths). */
  idPrefix?: string;
}

export async function LoginNameBox({ loginName, hint, window, idPrefix = "" }: LoginNameBoxProps) {
  const t = await getTranslations("guide.outcome");
  const masked = loginName?.includes("****") ?? false;
  if (!loginName && !hint && !window) return null;
  return (
    <section aria-labelledby={`${idPrefix}login-heading`} className="rounded border-2 border-gov-blue p-4">
      <h2 id={`${idPrefix}login-heading`} className="mb-2 text-xl font-bold">
        {t("loginHeading")}
      </h2>
      <dl className="space-y-3">
        {loginName || hint ? (
          <div>
            <dt className="font-bold">{t("loginNameLabel")}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-3">
              {loginName ? (
                <>
                  <code data-testid="login-name" className="select-all break-all rounded bg-gray-100 px-3 py-2 font-mono text-xl">
                    {loginName}
                  </code>
                  {masked ? null : <CopyButton text={loginName} label={t("copy")} copiedLabel={t("copied")} failedLabel={t("copyFailed")} />}
                </>
              ) : (
                <span>{hint}</span>
              )}
            </dd>
            {masked ? <dd className="mt-1 text-muted">{t("maskedNote")}</dd> : null}
          </div>
        ) : null}
        {window ? (
          <div>
            <dt className="font-bold">{t("windowLabel")}</dt>
            <dd data-testid="login-window" className="mt-1 text-lg">
              {t(`window.${window}`)}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
