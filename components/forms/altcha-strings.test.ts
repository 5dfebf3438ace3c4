// The ALTCHA widget's own words (its label, "verifying", "verified", the error and expiry texts,
// the footer) come from our catalogues in the page's language, not from the package's translations
// (issue 14 §8: English pages showed the widget in Chinese).
import "altcha/i18n/en";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { hasUntranslatedChinese } from "@/lib/i18n/untranslated";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { altchaLanguage, altchaStrings, registerAltchaStrings } from "./altcha-strings";

// The package's own English words, read before a test puts ours in their place.
const widgetKeys = Object.keys(globalThis.$altcha.i18n.get("en")).sort();

function stringsFor(locale: "zh-CN" | "en") {
  const errors: string[] = [];
  const t = createTranslator({ locale, messages: locale === "en" ? en : zhCN, namespace: "captchaWidget", onError: (error) => errors.push(error.message) });
  return { strings: altchaStrings(t), errors };
}

describe("the ALTCHA widget's words", () => {
  it("are English on an English page, with no Chinese left", () => {
    const { strings, errors } = stringsFor("en");
    expect(errors).toEqual([]);
    expect(strings.label).toBe("I'm not a robot");
    expect(strings.verifying).toMatch(/^Verifying/);
    expect(strings.verified).toBe("Verified");
    expect(strings.expired).toMatch(/expired/);
    expect(strings.footer).toMatch(/^Protected by <a href="https:\/\/altcha\.org\/"[^>]*aria-label="ALTCHA \(official website\)"[^>]*>ALTCHA<\/a>$/);
    expect(Object.entries(strings).filter(([, text]) => hasUntranslatedChinese(text))).toEqual([]);
  });

  it("are Chinese on a Chinese page", () => {
    const { strings, errors } = stringsFor("zh-CN");
    expect(errors).toEqual([]);
    expect(strings.label).toBe("我不是机器人");
    expect(strings.verified).toBe("已验证");
    expect(strings.footer).toMatch(/^由 <a href="https:\/\/altcha\.org\/"[^>]*>ALTCHA<\/a> 提供保护$/);
  });

  it("cover every text the installed widget shows (it has no fallback for a missing one)", () => {
    for (const locale of ["zh-CN", "en"] as const) expect(Object.keys(stringsFor(locale).strings).sort()).toEqual(widgetKeys);
  });

  it("are registered under the page's locale, as the widget's `language` names it", () => {
    expect(altchaLanguage("zh-CN")).toBe("zh-cn");
    expect(altchaLanguage("en")).toBe("en");
    const { strings } = stringsFor("en");
    registerAltchaStrings(altchaLanguage("en"), strings);
    expect(globalThis.$altcha.i18n.get("en")).toEqual(strings);
  });
});
