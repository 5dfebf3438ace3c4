import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientNamespacesFor, pickNamespaces, type AppPart } from "@/lib/i18n/client-namespaces";

/**
 * Sends, below the root layout, the message namespaces one part of the app's browser code needs
 * (its forms) on top of those every page gets — so the lookup and the guide do not carry them.
 */
export async function PartMessages({ part, children }: { part: Exclude<AppPart, "root">; children: React.ReactNode }) {
  const messages = pickNamespaces(await getMessages(), clientNamespacesFor(part));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
