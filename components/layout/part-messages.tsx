import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientNamespacesFor, pickNamespaces, type AppPart } from "@/lib/i18n/client-namespaces";

/**
 * Sends the message namespaces one part of the app's browser code needs: the root layout's those
 * every page gets; the platform and staff layouts add their forms' — so the lookup and the guide
 * do not carry them (lib/i18n/client-namespaces.ts).
 */
export async function PartMessages({ part, children }: { part: AppPart; children: React.ReactNode }) {
  const messages = pickNamespaces(await getMessages(), clientNamespacesFor(part));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
