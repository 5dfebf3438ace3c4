// Rules of one-time SMS codes (pure: no database, no clock of its own).
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

export const SMS_CODE_LENGTH = 6;
export const SMS_CODE_TTL_SECONDS = 10 * 60;
export const SMS_RESEND_COOLDOWN_SECONDS = 60;
/** Codes sent to one mobile within 24 hours, all purposes together (gateways bill per message). */
export const SMS_DAILY_CAP = 10;
export const SMS_MAX_ATTEMPTS = 5;

/** Purposes the service sends codes for; a code is only valid for the purpose it was sent for. */
export const SMS_PURPOSES = ["lookup", "register", "reset", "change-mobile", "recovery", "appeal-status"] as const;
export type SmsPurpose = (typeof SMS_PURPOSES)[number];

const PURPOSE_WORDS: Record<SmsPurpose, string> = {
  lookup: "账号检索",
  register: "注册账号",
  reset: "重置密码",
  "change-mobile": "更换手机号",
  recovery: "申诉找回",
  "appeal-status": "查询申诉进度",
};

export function generateSmsCode(): string {
  return String(randomInt(0, 10 ** SMS_CODE_LENGTH)).padStart(SMS_CODE_LENGTH, "0");
}

/** The challenge handed to the browser: the SmsCode row id, 128 random bits. */
export function generateChallenge(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * The stored form of a code: an HMAC bound to its challenge, so equal codes of different rows
 * differ and a copy of the table alone does not allow trying the million codes offline.
 */
export function hashSmsCode(key: Buffer, challenge: string, code: string): string {
  return createHmac("sha256", key).update(`${challenge}:${code}`).digest("hex");
}

export function smsCodeMatches(key: Buffer, challenge: string, code: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSmsCode(key, challenge, code), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function isWellFormedSmsCode(code: string): boolean {
  return new RegExp(`^\\d{${SMS_CODE_LENGTH}}$`).test(code);
}

/** The text of the message: who sends it, the code, how long it lasts, and not to pass it on. */
export function smsCodeBody(purpose: SmsPurpose, code: string): string {
  return `【科技部政务服务平台】您正在进行${PURPOSE_WORDS[purpose]}，验证码 ${code}，${SMS_CODE_TTL_SECONDS / 60} 分钟内有效。请勿将验证码告诉他人；如非本人操作，请忽略本短信。`;
}
