// Solving the service's captchas in tests, as a person (the sum) or a browser (ALTCHA) would.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { createAltchaChallenge } from "@/lib/captcha/altcha";
import { createCaptcha, type CaptchaForm } from "@/lib/captcha/captcha";

/** What a person answers to the sum the page asks ("3 加 4 等于几？", "What is three plus four?"). */
export function answerSum({ a, b, operator }: { a: number; b: number; operator: "plus" | "minus" }): string {
  return String(operator === "plus" ? a + b : a - b);
}

/** A fresh no-JavaScript captcha printed in `form` for `client`, answered. */
export async function solvedSum(binding: { form: CaptchaForm; client: string }): Promise<{ token: string; answer: string }> {
  const { arithmetic } = await createCaptcha(binding);
  if (!arithmetic) throw new Error("captcha is off");
  return { token: arithmetic.token, answer: answerSum(arithmetic) };
}

/**
 * A solved ALTCHA proof of work, as the widget (or an API client) sends it. Set E2E=1 in a file
 * that solves many: the server then asks for far less work (lib/captcha/altcha.ts).
 */
export async function solvedAltcha(): Promise<string> {
  const challenge = await createAltchaChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}
