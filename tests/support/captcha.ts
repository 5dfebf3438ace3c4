// Solving the service's captchas in tests, as a person (the sum) would.
import { createCaptcha } from "@/lib/captcha/captcha";

/** What a person answers to "a 加 b 等于几？" / "a 减 b 等于几？". */
export function answerSum(question: string): string {
  const match = /^(\d+) (加|减) (\d+) 等于几？$/.exec(question);
  if (!match) throw new Error(`unexpected question: ${question}`);
  const [a, b] = [Number(match[1]), Number(match[3])];
  return String(match[2] === "加" ? a + b : a - b);
}

/** A fresh no-JavaScript captcha, answered: the `captcha` field of a lookup request. */
export async function solvedSum(): Promise<{ token: string; answer: string }> {
  const { arithmetic } = await createCaptcha();
  if (!arithmetic) throw new Error("captcha is off");
  return { token: arithmetic.token, answer: answerSum(arithmetic.question) };
}
