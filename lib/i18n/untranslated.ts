// English text may keep Chinese only where it names something the user will see in Chinese on the
// platform: in brackets after the English words (“My Information (我的信息)”) or in quotes. Han
// characters anywhere else mean a sentence was left untranslated.
const BRACKETED_OR_QUOTED = /\([^()]*\)|（[^（）]*）|“[^”]*”/gu;

export function hasUntranslatedChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text.replace(BRACKETED_OR_QUOTED, ""));
}
