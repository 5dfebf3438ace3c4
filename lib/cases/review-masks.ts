// What staff pages may show of an applicant's data: ID numbers and mobiles masked, names masked in
// the queue. Pure, so every rule is tested once; pages receive only the masked text.
import { maskMobile } from "@/lib/audit/mask";

/** `110101199001011234` → `110***********1234`; short numbers (passports…) keep less. */
export function maskIdNumber(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length >= 10) return `${chars.slice(0, 3).join("")}${"*".repeat(chars.length - 7)}${chars.slice(-4).join("")}`;
  if (chars.length >= 6) return `${chars[0]}${"*".repeat(chars.length - 3)}${chars.slice(-2).join("")}`;
  return "*".repeat(chars.length);
}

/** A person `张三丰` → `张**`; an organisation keeps its first and last two characters. */
export function maskApplicantName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  if (chars.length > 6) return `${chars.slice(0, 2).join("")}****${chars.slice(-2).join("")}`;
  return `${chars[0]}${"*".repeat(chars.length - 1)}`;
}

const ID_KEY = /(^|[^a-z])id(number)?$|idnumber|legalrepid|idno/i;
const MOBILE_KEY = /mobile|phone/i;
const RESIDENT_ID_SHAPE = /^\d{17}[\dXx]$/;

export interface ReviewDetailRow {
  /** Key of the field in the sealed details (lib/cases/case-details.ts), e.g. `legalRepId`. */
  key: string;
  value: string;
}

function display(key: string, value: string): string {
  if (ID_KEY.test(key) || RESIDENT_ID_SHAPE.test(value.trim())) return maskIdNumber(value);
  if (MOBILE_KEY.test(key)) return maskMobile(value);
  return value;
}

/** The details of a case as rows to show a reviewer, masked; empty values are left out. */
export function reviewDetailRows(details: Record<string, string | null>): ReviewDetailRow[] {
  return Object.entries(details).flatMap(([key, value]) => (value && value.trim() !== "" ? [{ key, value: display(key, value) }] : []));
}

const NAME_KEYS = ["orgName", "personName", "name", "applicantName", "agentName"];

/** The applicant's name from the details, for the masked column of the queue. */
export function applicantNameOf(details: unknown): string | null {
  if (details === null || typeof details !== "object") return null;
  const record = details as Record<string, unknown>;
  for (const key of NAME_KEYS) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}
