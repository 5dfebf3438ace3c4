// One row of platform-accounts.csv (interfaces.md): `type,login_name,password_hash,
// reserved_mobile,real_name_status,person_name,id_number,org_name,uscc`. Pure.
// Decisions where the interface is silent: legal rows need org_name and uscc, natural rows must
// not carry a uscc, a verified natural row needs person_name and id_number; a legal row may carry
// a person's name and ID (kept encrypted) but never verifies that ID (one legal account per USCC
// already identifies it, and its representative may be verified on their own natural account).
import { z } from "zod";
import { normaliseLoginName } from "@/lib/accounts/login-names";
import type { RowCheck } from "./import-summary";
import {
  checkCharacterWarning,
  checkRecord,
  choice,
  optionalMobile,
  optionalResidentId,
  optionalText,
  optionalUscc,
  passwordHash,
} from "./row-fields";

export const PLATFORM_HEADER = [
  "type",
  "login_name",
  "password_hash",
  "reserved_mobile",
  "real_name_status",
  "person_name",
  "id_number",
  "org_name",
  "uscc",
] as const;

export interface PlatformRow {
  type: "natural" | "legal";
  /** As on the platform (half-width, trimmed); unique case-insensitively. */
  loginName: string;
  passwordHash: string;
  reservedMobile: string | null;
  realNameStatus: "unverified" | "verified";
  personName: string | null;
  /** Normalised resident ID number; encrypted before it is stored. */
  idNumber: string | null;
  orgName: string | null;
  uscc: string | null;
  usccCheckCharacterValid: boolean;
}

const loginName = z
  .string()
  .transform(normaliseLoginName)
  .pipe(z.string().min(1, "is required").max(64, "is longer than 64 characters").regex(/^[^\s\u0000-\u001f\u007f]+$/, "contains spaces or control characters"));

const platformSchema = z
  .object({
    type: choice(["natural", "legal"]),
    login_name: loginName,
    password_hash: passwordHash,
    reserved_mobile: optionalMobile,
    real_name_status: choice(["unverified", "verified"]),
    person_name: optionalText(100),
    id_number: optionalResidentId,
    org_name: optionalText(200),
    uscc: optionalUscc,
  })
  .transform((row, ctx): PlatformRow => {
    const missing = (column: string, why: string) => ctx.addIssue({ code: "custom", path: [column], message: `is required ${why}` });
    if (row.type === "legal") {
      if (!row.org_name) missing("org_name", "for a legal account");
      if (!row.uscc) missing("uscc", "for a legal account");
    } else {
      if (row.uscc) ctx.addIssue({ code: "custom", path: ["uscc"], message: "must be empty for a natural account" });
      if (row.real_name_status === "verified") {
        if (!row.person_name) missing("person_name", "for a verified natural account");
        if (!row.id_number) missing("id_number", "for a verified natural account");
      }
    }
    return {
      type: row.type,
      loginName: row.login_name,
      passwordHash: row.password_hash,
      reservedMobile: row.reserved_mobile,
      realNameStatus: row.real_name_status,
      personName: row.person_name,
      idNumber: row.id_number,
      orgName: row.org_name,
      uscc: row.uscc?.value ?? null,
      usccCheckCharacterValid: row.uscc?.checkCharacterValid ?? true,
    };
  });

export function checkPlatformRow(fields: Record<string, string>): RowCheck<PlatformRow> {
  return checkRecord(platformSchema, fields, (row) => (row.uscc && !row.usccCheckCharacterValid ? [checkCharacterWarning(row.uscc)] : []));
}
