import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/platform/notice";
import { readDoneFlash } from "../../../_lib/done-cookie";
import { isRecoveryKind } from "../../../_lib/kinds";

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery.reset"))("doneTitle") };
}

/**
 * 第六步: 修改完成后点击“确定并跳转至政务服务平台” — here, the platform's login window of the account's kind.
 * Only after the reset itself (its flash); a cold visit starts the reset.
 */
export default async function ResetDonePage({ params }: Props) {
  const { kind } = await params;
  if (!isRecoveryKind(kind)) notFound();
  if ((await readDoneFlash("reset"))?.window !== kind) redirect(`/recovery/reset/${kind}`);
  const t = await getTranslations("recovery.reset");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold text-gov-blue">{t("doneTitle")}</h1>
      <Notice tone="success">{t("doneText")}</Notice>
      <Link href={`/login/${kind}`} className="inline-block rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark">
        {t("doneButton")}
      </Link>
    </div>
  );
}
