import "server-only";
// The shared words every console form needs, translated once per page.
import { getTranslations } from "next-intl/server";

export async function consoleFormWords(): Promise<{ pending: string; errorSummaryTitle: string; errorPrefix: string; secretLabel: string }> {
  const t = await getTranslations("staff");
  const ops = await getTranslations("staffOps");
  return { pending: t("form.pending"), errorSummaryTitle: t("form.errorSummaryTitle"), errorPrefix: t("form.errorPrefix"), secretLabel: ops("secretLabel") };
}
