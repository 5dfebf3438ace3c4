// "请填写登录名" rather than "请填写此项": the error summary lists messages away from their fields,
// so an empty required field is named by its visible label (GOV.UK: "Enter your …"). A field
// without a label (a hidden one) keeps the general words.

/** The little of next-intl's translator this needs (getTranslations() with no namespace). */
export interface Translator {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
}

/** Where a field's visible label lives, in the order the forms use them. */
const LABEL_NAMESPACES = ["platform.fields", "recovery.appeal.fields", "verification.fields"] as const;

export function requiredMessage(t: Translator, field: string): string {
  const namespace = LABEL_NAMESPACES.find((ns) => t.has(`${ns}.${field}`));
  return namespace ? t("platform.fieldErrors.requiredNamed", { field: t(`${namespace}.${field}`) }) : t("platform.fieldErrors.required");
}
