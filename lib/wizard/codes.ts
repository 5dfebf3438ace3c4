// The journey's two codes. The resume code is the secret: it is the cookie's token, the QR code's
// and the code a person types on another device (12 Crockford base-32 characters = 60 bits, typed
// as XXXX-XXXX-XXXX, forgiving O/0 and I/L/1); the database keeps only its SHA-256 as the
// journey's id. The help code is not a secret: 6 characters read out to the call centre so staff
// can see the step — it opens nothing.
import { createHash, randomInt } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RESUME_CODE_LENGTH = 12;
export const HELP_CODE_LENGTH = 6;

function randomCode(length: number): string {
  let code = "";
  for (let i = 0; i < length; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

function normalise(input: string, length: number): string | null {
  const cleaned = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (cleaned.length !== length) return null;
  return [...cleaned].every((char) => ALPHABET.includes(char)) ? cleaned : null;
}

function grouped(code: string, size: number): string {
  return code.match(new RegExp(`.{1,${size}}`, "g"))?.join("-") ?? code;
}

export function newResumeCode(): string {
  return randomCode(RESUME_CODE_LENGTH);
}

/** A typed or scanned resume code in its stored form, or null when it cannot be one. */
export function normaliseResumeCode(input: string): string | null {
  return normalise(input, RESUME_CODE_LENGTH);
}

export function formatResumeCode(code: string): string {
  return grouped(code, 4);
}

/** Journey.id: what the database keeps instead of the secret. */
export function journeyIdOf(resumeCode: string): string {
  return createHash("sha256").update(resumeCode, "utf8").digest("hex");
}

export function newHelpCode(): string {
  return randomCode(HELP_CODE_LENGTH);
}

export function normaliseHelpCode(input: string): string | null {
  return normalise(input, HELP_CODE_LENGTH);
}

export function formatHelpCode(code: string): string {
  return grouped(code, 3);
}
