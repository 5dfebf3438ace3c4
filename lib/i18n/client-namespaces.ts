// Which message namespaces go to the browser. Server components read the whole catalogue on the
// server; only code that runs in the browser (client components) needs its words sent with the
// page, and before this split every page carried the whole catalogue (~100 KB of JSON in each
// HTML response). The root layout sends what every page's browser code may use; the platform and
// staff layouts add their forms' namespaces. client-namespaces.test.ts walks the import graph and
// fails when browser code asks for a namespace its part of the app does not send.
type Catalogue = Record<string, unknown>;

export const CLIENT_NAMESPACES = {
  /** Error summary, the captcha (sum and widget), error boundaries, the way back: on any page. */
  everywhere: ["captchaSum", "captchaWidget", "chrome", "errorPages", "wayBack"],
  /** Login, registration, 我的信息, recovery and verification forms. */
  platform: ["platform", "recovery", "verification"],
  /** Staff login, decisions and the content editor. */
  admin: ["staff", "contentEditor"],
} as const;

export type AppPart = "root" | "platform" | "admin";

export function clientNamespacesFor(part: AppPart): readonly string[] {
  return part === "root" ? CLIENT_NAMESPACES.everywhere : [...CLIENT_NAMESPACES.everywhere, ...CLIENT_NAMESPACES[part]];
}

/** The named top-level namespaces of a catalogue, each whole; others are left out. */
export function pickNamespaces(messages: Catalogue, namespaces: readonly string[]): Catalogue {
  return Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
