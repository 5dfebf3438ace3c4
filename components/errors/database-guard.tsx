import "server-only";
// The pages of the guide, the platform and the staff console all need the database. When it cannot
// be reached they would fail inside React, where Next shows the error only with JavaScript (and a
// blank page without it). So their layouts ask the database first and, if it does not answer,
// render this Chinese error page on the server instead of the page: it works without JavaScript,
// names the support phone and a reference, and logs the failure once with that reference.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/db/health/check-database";
import { newErrorReference } from "@/lib/errors/reference";
import { errorFields, logger } from "@/lib/log/logger";
import { ErrorPanel } from "./error-panel";
import { errorTexts } from "./error-texts";

/** The reference of this request's database failure, or null; asked once per request. */
const databaseProblem = cache(async (): Promise<string | null> => {
  try {
    await checkDatabase({ db: db() });
    return null;
  } catch (error) {
    const reference = newErrorReference();
    logger.error("database.unreachable", { reference, ...errorFields(error) });
    return reference;
  }
});

/**
 * For a page's generateMetadata that reads the database: when it is down, return early (the
 * layout's title says so) instead of failing the page's metadata.
 */
export async function isDatabaseDown(): Promise<boolean> {
  return (await databaseProblem()) !== null;
}

/**
 * For the layout's generateMetadata: when the database is down every page below says so in its
 * title (a template without %s replaces the page's own title, which it could not have loaded).
 */
export async function databaseGuardMetadata(): Promise<Metadata> {
  if (!(await databaseProblem())) return {};
  const t = await getTranslations();
  return { title: { absolute: `${t("errorPages.titlePrefix")}${t("errorPages.unavailable.title")} – ${t("site.title")}`, template: `${t("errorPages.titlePrefix")}${t("errorPages.unavailable.title")} – ${t("site.title")}` } };
}

export async function DatabaseGuard({ children }: { children: React.ReactNode }) {
  const reference = await databaseProblem();
  if (!reference) return children;
  const t = await getTranslations("errorPages");
  return <ErrorPanel text={errorTexts(t, "unavailable")} reference={reference} phone={t("phone")} />;
}
