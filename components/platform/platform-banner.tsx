// Which site the user is on (issue 14.6): the platform's pages carry this band, in the platform's
// own colour and name with its address (PLATFORM_URL), so they are never taken for the migration
// assistant whose steps lead here — and a way back to the assistant's step from every one of them.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { platformAddress } from "@/components/guide/platform-address";

export async function PlatformBanner() {
  const t = await getTranslations("platformSite");
  return (
    <section aria-label={t("label")} data-testid="platform-banner" className="mb-4 border-l-8 border-gov-red bg-red-50 px-4 py-2">
      <p className="text-lg font-bold text-gov-red">{t("name")}</p>
      <p>
        {t("here", { address: platformAddress() })}{" "}
        <Link className="whitespace-nowrap text-gov-blue underline underline-offset-4" href="/guide/journey" prefetch={false}>
          {t("backToGuide")}
        </Link>
      </p>
    </section>
  );
}
