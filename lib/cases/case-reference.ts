// The reference number a user is given for a case, e.g. SQ20261129-7K3F9Q: the date (Beijing
// time, as the user sees it) and six random characters without look-alikes (no 0/O, 1/I), easy
// to read over the phone to 010-88659000. Uniqueness is the database's: openCase retries on a clash.
import { randomBytes } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export const CASE_REFERENCE_PATTERN = /^SQ\d{8}-[2-9A-HJ-NP-Z]{6}$/;

export function newCaseReference(now: Date = new Date(), random: (size: number) => Buffer = randomBytes): string {
  const date = new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll("-", "");
  const suffix = Array.from(random(6), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `SQ${date}-${suffix}`;
}

/** A typed reference, tidied (spaces, lower case, full-width characters, long dashes) before it is looked up. */
export function normaliseCaseReference(raw: string): string {
  return raw.normalize("NFKC").toUpperCase().replace(/[—–]/g, "-").replace(/\s+/g, "");
}
