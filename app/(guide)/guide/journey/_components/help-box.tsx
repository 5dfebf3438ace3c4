// Help on every step: the help code to read to the call centre, the phone, the FAQ, the checklist.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatHelpCode } from "@/lib/wizard/codes";

export async function HelpBox({ helpCode }: { helpCode: string }) {
  const t = await getTranslations("wizard.help");
  const phone = (await getTranslations("footer"))("supportPhone");
  const link = "text-gov-blue underline underline-offset-4";
  return (
    <section aria-labelledby="help-heading" className="space-y-2 rounded bg-gray-100 p-4">
      <h2 id="help-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p>
        {t("code")}：
        <strong data-testid="help-code" className="font-mono text-xl tracking-wider">
          {formatHelpCode(helpCode)}
        </strong>
      </p>
      <p>
        {t.rich("codeText", {
          phone: (chunks) => (
            <a className="font-bold text-gov-blue" href={`tel:${phone}`}>
              {chunks}
            </a>
          ),
        })}
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
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
    </section>
  );
}
