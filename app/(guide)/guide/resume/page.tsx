// /guide/resume: continue a journey on another device. A QR code opens this page with the code
// filled in; nothing happens until the form is posted (a GET never sets the journey cookie).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resumeJourneyAction } from "./actions";
import { ResumeForm } from "./resume-form";

export async function generateMetadata(): Promise<Metadata> {
  // No `referrer: "no-referrer"`: a form posted without JavaScript would then carry `Origin: null`
  // and Next would refuse the action. The browser's default policy sends other sites the origin only.
  return { title: (await getTranslations("wizard.resumePage"))("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResumePage({ searchParams }: Props) {
  const t = await getTranslations("wizard");
  const code = (await searchParams).code;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">{t("resumePage.title")}</h1>
      <p>{t("resumePage.lead")}</p>
      <ResumeForm
        action={resumeJourneyAction}
        initialCode={typeof code === "string" ? code.slice(0, 30) : ""}
        labels={{
          label: t("resumePage.label"),
          hint: t("resumePage.hint"),
          submit: t("resumePage.submit"),
          errorSummaryTitle: t("resumePage.errorSummaryTitle"),
          errorPrefix: t("errorPrefix"),
        }}
      />
    </div>
  );
}
