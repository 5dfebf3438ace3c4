import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorPanel } from "@/components/errors/error-panel";
import { errorTexts } from "@/components/errors/error-texts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errorPages");
  return { title: `${t("titlePrefix")}${t("notFound.title")}`, robots: { index: false } };
}

/** Any address the site does not have (and every notFound()): in Chinese, server-rendered, status 404. */
export default async function NotFound() {
  const t = await getTranslations("errorPages");
  return <ErrorPanel text={errorTexts(t, "notFound")} reference={null} phone={t("phone")} />;
}
