// The ALTCHA widget's own words — its label, "verifying", "verified", the error and expiry texts,
// the footer — from our catalogues (namespace `captchaWidget`), in the page's language. The widget
// (v3) takes no strings attribute: it reads them from its global registry `$altcha.i18n` under the
// name its `language` attribute gives, and widgets already on the page follow a change there.
import type { Strings } from "altcha/types";
import type {} from "altcha/types/global";
import type catalogue from "@/messages/zh-CN/captcha-widget.json";

/** Every text the widget shows; its `Strings` type leaves out the code dialogue's two. */
export type AltchaStrings = Strings & { cancel: string; enterCodeFromImage: string };

type WidgetKey = keyof (typeof catalogue)["captchaWidget"];

/** A translator bound to the `captchaWidget` namespace (next-intl's `useTranslations`). */
export interface WidgetTranslate {
  (key: WidgetKey): string;
  markup(key: WidgetKey, values: Record<string, (chunks: string) => string>): string;
}

const PLAIN_KEYS = [
  "ariaLinkLabel",
  "cancel",
  "enterCode",
  "enterCodeAria",
  "enterCodeFromImage",
  "error",
  "expired",
  "getAudioChallenge",
  "label",
  "loading",
  "reload",
  "verificationRequired",
  "verified",
  "verify",
  "verifying",
  "waitAlert",
] as const satisfies readonly (Exclude<keyof AltchaStrings, "footer"> & WidgetKey)[];

const escapeAttribute = (text: string) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");

export function altchaStrings(t: WidgetTranslate): AltchaStrings {
  const plain = Object.fromEntries(PLAIN_KEYS.map((key) => [key, t(key)])) as Record<(typeof PLAIN_KEYS)[number], string>;
  // The widget shows the footer as HTML; the catalogue marks the link only, its address is ours.
  const link = (chunks: string) => `<a href="https://altcha.org/" tabindex="-1" target="_blank" rel="noopener" aria-label="${escapeAttribute(plain.ariaLinkLabel)}">${chunks}</a>`;
  return { ...plain, footer: t.markup("footer", { link }) };
}

/** The widget's `language` for a locale: it looks names up in lower case ("zh-cn"). */
export function altchaLanguage(locale: string): string {
  return locale.toLowerCase();
}

/** Puts the words where a widget with that `language` reads them (after the widget's module has loaded). */
export function registerAltchaStrings(language: string, strings: AltchaStrings): void {
  globalThis.$altcha.i18n.set(language, { ...strings });
}
