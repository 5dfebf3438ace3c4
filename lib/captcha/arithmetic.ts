// The captcha for people without JavaScript (and for screen-reader users who prefer it): a small
// sum in plain text. Only its numbers and operator are data here; the page words them in the
// visitor's language from the catalogues (components/forms/sum-question.ts). The answer is never sent to the browser; it is bound to an
// HMAC-signed, expiring token carried in a hidden field. A bot solves the sum every time, so the
// token is made costly to use in bulk instead: it is bound to the client address and the form it
// was issued for (a token fetched elsewhere, or for another form, is refused), it lives five
// minutes, and the caller spends it once. Pure: the key, clock and binding come from outside.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

export const ARITHMETIC_TTL_SECONDS = 5 * 60;

export type ArithmeticOperator = "plus" | "minus";

export interface ArithmeticQuestion {
  a: number;
  b: number;
  operator: ArithmeticOperator;
  answer: number;
}

/** Single-digit sums and differences that never go below zero: answerable without a pen. */
export function makeArithmeticQuestion(pick: (min: number, maxExclusive: number) => number = randomInt): ArithmeticQuestion {
  const operator: ArithmeticOperator = pick(0, 2) === 0 ? "plus" : "minus";
  let a = pick(1, 10);
  let b = pick(1, 10);
  if (operator === "minus" && b > a) [a, b] = [b, a];
  const answer = operator === "plus" ? a + b : a - b;
  return { a, b, operator, answer };
}

const VERSION = "a2";

/** Where a token may be used: the form it was printed in, for the client it was printed for. */
export interface ArithmeticBinding {
  form: string;
  client: string;
}

function mac(key: Buffer, text: string): Buffer {
  return createHmac("sha256", key).update(text).digest();
}

/**
 * `a2.<expires>.<nonce>.<idTag>.<answerTag>`: idTag proves the token is ours and was issued for
 * this form and client (so forged or carried-over tokens are refused before anything is stored);
 * answerTag binds the answer without revealing it. The binding is not in the token: it is
 * re-derived from the request that brings it back.
 */
export function signArithmeticToken(key: Buffer, answer: number, now: Date, binding: ArithmeticBinding, nonce = randomBytes(12).toString("base64url")): string {
  const expires = Math.floor(now.getTime() / 1000) + ARITHMETIC_TTL_SECONDS;
  const head = `${VERSION}.${expires}.${nonce}`;
  const idTag = mac(key, idText(head, binding)).toString("base64url");
  const answerTag = mac(key, `answer:${head}:${answer}`).toString("base64url");
  return `${head}.${idTag}.${answerTag}`;
}

export type TokenCheck = { ok: true; expiresAt: Date; check(answer: number): boolean } | { ok: false };

// JSON keeps the parts apart whatever characters a form name or address holds.
const idText = (head: string, binding: ArithmeticBinding) => `id:${JSON.stringify([head, binding.form, binding.client])}`;

/** Authenticity, binding and expiry of a token; the answer is compared by the returned `check`. */
export function openArithmeticToken(key: Buffer, token: string, now: Date, binding: ArithmeticBinding): TokenCheck {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION || !/^\d{1,12}$/.test(parts[1])) return { ok: false };
  const [version, expiresText, nonce, idTag, answerTag] = parts;
  const head = `${version}.${expiresText}.${nonce}`;
  if (!sameTag(mac(key, idText(head, binding)), idTag)) return { ok: false };
  const expiresAt = new Date(Number(expiresText) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false };
  return { ok: true, expiresAt, check: (answer) => sameTag(mac(key, `answer:${head}:${answer}`), answerTag) };
}

function sameTag(expected: Buffer, given: string): boolean {
  const actual = Buffer.from(given, "base64url");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const CHINESE_DIGITS = "零一二三四五六七八九";

/**
 * What a person may type as the answer: "7", "７", " 7 ", "七", "十二", "两"… Returns null for
 * anything that is not a whole number from 0 to 99.
 */
export function parseArithmeticAnswer(text: string): number | null {
  const trimmed = text.normalize("NFKC").replace(/\s+/g, "").replace(/两/g, "二");
  if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed);
  if (/^[零一二三四五六七八九]$/u.test(trimmed)) return CHINESE_DIGITS.indexOf(trimmed);
  const match = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(trimmed);
  if (!match) return null;
  const [, tensDigit, unitDigit] = match;
  const tens = tensDigit ? CHINESE_DIGITS.indexOf(tensDigit) : 1;
  return tens * 10 + (unitDigit ? CHINESE_DIGITS.indexOf(unitDigit) : 0);
}
