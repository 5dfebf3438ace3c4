import "server-only";
// The one captcha API of the service. Two equivalent paths (WCAG: no puzzle only some can do):
// - with JavaScript: ALTCHA proof of work, sent as the base64 payload string;
// - without JavaScript: a plain-text sum in Chinese, sent as `{ token, answer }`.
// Each solved captcha is good for one request. CAPTCHA=off turns every check into a pass (tests and
// local demos only) and says so once in the server log.
import type { Challenge } from "altcha-lib";
import { type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { claimOnce } from "@/lib/rate-limit/claim-once";
import { createAltchaChallenge, verifyAltchaPayload } from "./altcha";
import { makeArithmeticQuestion, openArithmeticToken, parseArithmeticAnswer, signArithmeticToken } from "./arithmetic";
import { captchaKeys } from "./captcha-keys";

export interface CaptchaData {
  enabled: boolean;
  /** For the `altcha` web component (its `challenge` attribute takes this as JSON, or the URL). */
  altcha: Challenge | null;
  /** For the no-JavaScript form: the question to print and the token for a hidden field. */
  arithmetic: { question: string; token: string } | null;
}

export type CaptchaPayload = string | { token: string; answer: string };

let warned = false;

export function captchaEnabled(): boolean {
  if (env().CAPTCHA === "on") return true;
  if (!warned) {
    warned = true;
    console.warn("[captcha] CAPTCHA=off: every captcha check passes. Use this for tests and local demos only.");
  }
  return false;
}

export async function createCaptcha(options: { now?: Date } = {}): Promise<CaptchaData> {
  if (!captchaEnabled()) return { enabled: false, altcha: null, arithmetic: null };
  const now = options.now ?? new Date();
  const question = makeArithmeticQuestion();
  return {
    enabled: true,
    altcha: await createAltchaChallenge(now),
    arithmetic: { question: question.question, token: signArithmeticToken(captchaKeys().arithmetic, question.answer, now) },
  };
}

/** True once for each correctly solved captcha; false for a wrong, expired, forged or reused one. */
export async function verifyCaptcha(payload: CaptchaPayload | null | undefined, options: { db?: Db; now?: Date } = {}): Promise<boolean> {
  if (!captchaEnabled()) return true;
  const now = options.now ?? new Date();
  if (typeof payload === "string") {
    const solved = await verifyAltchaPayload(payload);
    return solved !== null && claimOnce({ db: options.db, prefix: "captcha:altcha:", token: solved.id, expiresAt: solved.expiresAt, now });
  }
  if (!payload || typeof payload.token !== "string" || typeof payload.answer !== "string") return false;
  const opened = openArithmeticToken(captchaKeys().arithmetic, payload.token, now);
  if (!opened.ok) return false;
  // The token is spent by the first answer, right or wrong: one guess per question.
  if (!(await claimOnce({ db: options.db, prefix: "captcha:sum:", token: payload.token, expiresAt: opened.expiresAt, now }))) return false;
  const answer = parseArithmeticAnswer(payload.answer);
  return answer !== null && opened.check(answer);
}
