// "在其他设备上继续或重新开始", folded away (a native <details>, so it opens without JavaScript):
// the QR code and the resume code — a key that should not sit open on a shared screen — and the
// restart, which ends the journey.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatResumeCode } from "@/lib/wizard/codes";
import { resumeUrl } from "../_lib/resume-url";
import { QrCode } from "./qr-code";
import { RestartForm } from "./restart-form";

export async function ResumeBox({ resumeCode }: { resumeCode: string }) {
  const t = await getTranslations("wizard.resume");
  const site = await getTranslations("site");
  return (
    <details className="print:hidden">
      <summary className="cursor-pointer font-bold text-gov-blue">{t("heading")}</summary>
      <div className="mt-2 space-y-3">
        <p>{t("text")}</p>
        <QrCode text={await resumeUrl(resumeCode)} label={t("qrLabel")} />
        <p>
          {site("labelled", { label: t("codeLabel") })}
          <code data-testid="resume-code" className="select-all break-all rounded bg-gray-100 px-2 py-1 font-mono text-lg">
            {formatResumeCode(resumeCode)}
          </code>
        </p>
        <p>
          <Link className="text-gov-blue underline underline-offset-4" href="/guide/resume" prefetch={false}>
            {t("link")}
          </Link>
        </p>
        <RestartForm />
      </div>
    </details>
  );
}
