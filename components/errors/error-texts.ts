// The words of the error pages for one kind of failure, from the errorPages messages. Takes the
// translator of either side (next-intl's server getTranslations or client useTranslations).
import type { ErrorPanelText } from "./error-panel";

export type ErrorKind = "notFound" | "unavailable" | "failed";

type Translate = (key: string, values?: Record<string, string>) => string;

export function errorTexts(t: Translate, kind: ErrorKind): ErrorPanelText {
  return {
    title: t(`${kind}.title`),
    text: t(`${kind}.text`),
    support: t("support", { phone: t("phone") }),
    referenceLabel: t("reference"),
    home: t("home"),
    guide: t("guide"),
    faq: t("faq"),
  };
}
