// Reads what someone typed into the lookup box (domain.md §2) and names what is wrong with it.
// A USCC whose check character fails is not refused here: the data may know it (a few early codes
// are genuine yet fail), so find-lookup-result decides with the database.
import { classifyLookupInput } from "@/lib/identifiers";

/** Longer than any USCC or mobile however it is spaced out: refused before any other work. */
export const LOOKUP_INPUT_MAX_LENGTH = 64;

export type LookupInputErrorCode =
  | "lookup.q.empty"
  | "lookup.q.tooLong"
  | "lookup.q.uscc.length"
  | "lookup.q.uscc.charset"
  | "lookup.q.mobile.format"
  | "lookup.q.usccCheck";

export const LOOKUP_INPUT_MESSAGES: Record<LookupInputErrorCode, string> = {
  "lookup.q.empty": "请输入统一社会信用代码（企业）或手机号（个人）。",
  "lookup.q.tooLong": "输入内容过长。请输入 18 位统一社会信用代码或 11 位手机号。",
  "lookup.q.uscc.length": "统一社会信用代码应为 18 位，请核对后重新输入。",
  "lookup.q.uscc.charset": "统一社会信用代码由数字和大写字母组成（不含 I、O、Z、S、V），请核对后重新输入。",
  "lookup.q.mobile.format": "手机号应为以 1 开头的 11 位数字，请核对后重新输入。",
  "lookup.q.usccCheck": "该统一社会信用代码的校验位不符，可能输入有误，请核对后重新输入；如确认无误，请拨打 010-88659000 咨询。",
};

export type ParsedLookupInput =
  | { ok: true; kind: "enterprise"; value: string; checkCharacterValid: boolean }
  | { ok: true; kind: "personal"; value: string }
  | { ok: false; code: LookupInputErrorCode };

export function parseLookupInput(raw: string): ParsedLookupInput {
  if (raw.length > LOOKUP_INPUT_MAX_LENGTH) return { ok: false, code: "lookup.q.tooLong" };
  const input = classifyLookupInput(raw);
  if (input.kind === "enterprise") {
    if (input.ok) return { ok: true, kind: "enterprise", value: input.value, checkCharacterValid: input.checkCharacterValid };
    if (input.error === "empty") return { ok: false, code: "lookup.q.empty" };
    return { ok: false, code: input.error === "length" ? "lookup.q.uscc.length" : "lookup.q.uscc.charset" };
  }
  if (input.ok) return { ok: true, kind: "personal", value: input.value };
  return { ok: false, code: input.error === "empty" ? "lookup.q.empty" : "lookup.q.mobile.format" };
}
