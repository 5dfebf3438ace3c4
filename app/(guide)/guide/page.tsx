// /guide, step 1 of the lookup: is it an enterprise (USCC) or a personal (mobile) account?
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { chooseKindAction } from "./actions";
import { KindForm } from "./kind-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("guide.start"))("metaTitle") };
}

export default async function GuideStartPage() {
  const t = await getTranslations("guide");
  return (
    <KindForm
      action={chooseKindAction}
      labels={{
        legend: t("start.kindLegend"),
        hint: t("start.kindHint"),
        submit: t("start.continue"),
        pending: t("start.continue"),
        errorSummaryTitle: t("form.errorSummaryTitle"),
        errorPrefix: t("form.errorPrefix"),
      }}
      options={[
        { value: "enterprise", label: t("start.enterpriseLabel"), hint: t("start.enterpriseHint") },
        { value: "personal", label: t("start.personalLabel"), hint: t("start.personalHint") },
      ]}
    />
  );
}
