// The step's footer: the help code to read to the call centre with the phone, the FAQ and the
// checklist, then folded away the answers so far, and the resume code with the restart.
// Secondary things, kept out of the way of the step's one instruction and one action.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatHelpCode } from "@/lib/wizard/codes";
import type { JourneyState } from "@/lib/wizard/journey-state";
import { AnswersSummary } from "./answers-summary";
import { ResumeBox } from "./resume-box";

export async function StepFooter({ state, helpCode, resumeCode }: { state: JourneyState; helpCode: string; resumeCode: string }) {
  const t = await getTranslations("wizard.help");
  const phone = (await getTranslations("footer"))("supportPhone");
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <footer className="mt-6 space-y-2 border-t-2 border-gray-300 pt-3">
      <p>
        <strong>{t("heading")}</strong>
        {t.rich("codeLine", {
          phone: (chunks) => (
            <a className="font-bold text-gov-blue" href={`tel:${phone}`}>
              {chunks}
            </a>
          ),
          code: () => (
            <strong data-testid="help-code" className="font-mono tracking-wider">
              {formatHelpCode(helpCode)}
            </strong>
          ),
        })}
      </p>
      <ul className="flex flex-wrap gap-x-6 print:hidden">
        <li>
          <Link className={link} href="/faq" prefetch={false}>
            {t("faq")}
          </Link>
        </li>
        <li>
          <Link className={link} href="/guide/journey/checklist" prefetch={false}>
            {t("checklist")}
          </Link>
        </li>
      </ul>
      <AnswersSummary state={state} />
      <ResumeBox resumeCode={resumeCode} />
    </footer>
  );
}
