import "server-only";
// The one captcha API of the service. Two equivalent paths (WCAG: no puzzle only some can do):
// - with JavaScript: ALTCHA proof of work, sent as the base64 payload string;
// - without JavaScript: a plain-text sum (worded in the visitor's language by the page), sent as
//   `{ token, answer }`.
// The sum costs a bot nothing to solve, so it is accepted only where a person without JavaScript
// can be: an HTML form post (never the JSON API), for the form and client it was printed for,
// within five minutes, once. Each solved captcha is good for one request. CAPTCHA=off turns every
// check into a pass (tests and local demos only) and says so once in the server log.
import type { Challenge } from "altcha-lib";
import { type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { claimOnce } from "@/lib/rate-limit/claim-once";
import { createAltchaChallenge, verifyAltchaPayload } from "./altcha";
import { makeArithmeticQuestion, openArithmeticToken, parseArithmeticAnswer, signArithmeticToken, type ArithmeticOperator } from "./arithmetic";
import { captchaKeys } from "./captcha-keys";

/** The forms that ask a captcha; a sum printed in one is refused by every other. */
export const CAPTCHA_FORMS = ["lookup", "register", "login", "recovery-reset", "recovery-hint", "recovery-appeal", "recovery-status"] as const;
export type CaptchaForm = (typeof CAPTCHA_FORMS)[number];

export interface CaptchaData {
  enabled: boolean;
  /** For the `altcha` web component (its `challenge` attribute takes this as JSON, or the URL). */
  altcha: Challenge | null;
  /** For the no-JavaScript form: the sum to ask (worded by the page) and the token for a hidden field. */
  arithmetic: ArithmeticChallenge | null;
}

/** The terms of the sum, never its answer: safe to send to the browser. */
export interface ArithmeticChallenge {
  a: number;
  b: number;
  operator: ArithmeticOperator;
  token: string;
}

export type CaptchaPayload = string | { token: string; answer: string };

let warned = false;

export function captchaEnabled(): boolean {
  if (env().CAPTCHA === "on") return true;
  if (!warned) {
    warned = true;
    logger.warn("captcha.off", { note: "CAPTCHA=off: every captcha check passes. Use this for tests and local demos only." });
  }
  return false;
}

/** A captcha for one form, shown to one client (its address, as `requestClient()` finds it). */
export async function createCaptcha(options: { form: CaptchaForm; client: string; now?: Date }): Promise<CaptchaData> {
  if (!captchaEnabled()) return { enabled: false, altcha: null, arithmetic: null };
  const now = options.now ?? new Date();
  const question = makeArithmeticQuestion();
  const token = signArithmeticToken(captchaKeys().arithmetic, question.answer, now, { form: options.form, client: options.client });
  return { enabled: true, altcha: await createAltchaChallenge(now), arithmetic: { a: question.a, b: question.b, operator: question.operator, token } };
}

/** The sum is a payload object; ALTCHA's proof of work a string. */
export function isSumPayload(payload: CaptchaPayload | null | undefined): payload is { token: string; answer: string } {
  return typeof payload === "object" && payload !== null;
}

export interface VerifyCaptchaOptions {
  db?: Db;
  now?: Date;
  /** The form being posted and the client posting it: a sum issued elsewhere is refused. */
  form: CaptchaForm;
  client: string;
  /** `api`: only the proof of work counts; `form`: an HTML form post, where the sum is accepted too. */
  channel: "form" | "api";
}

/** True once for each correctly solved captcha; false for a wrong, expired, forged, misplaced or reused one. */
export async function verifyCaptcha(payload: CaptchaPayload | null | undefined, options: VerifyCaptchaOptions): Promise<boolean> {
  if (!captchaEnabled()) return true;
  const now = options.now ?? new Date();
  if (typeof payload === "string") {
    const solved = await verifyAltchaPayload(payload);
    return solved !== null && claimOnce({ db: options.db, prefix: "captcha:altcha:", token: solved.id, expiresAt: solved.expiresAt, now });
  }
  if (options.channel !== "form" || !isSumPayload(payload) || typeof payload.token !== "string" || typeof payload.answer !== "string") return false;
  const opened = openArithmeticToken(captchaKeys().arithmetic, payload.token, now, { form: options.form, client: options.client });
  if (!opened.ok) return false;
  // The token is spent by the first answer, right or wrong: one guess per question.
  if (!(await claimOnce({ db: options.db, prefix: "captcha:sum:", token: payload.token, expiresAt: opened.expiresAt, now }))) return false;
  const answer = parseArithmeticAnswer(payload.answer);
  return answer !== null && opened.check(answer);
}
