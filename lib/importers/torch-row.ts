// One row of torch-accounts.csv (interfaces.md): `kind,username,password_hash,display_name,
// contact_mobile`. Pure: returns the normalised account or the row's problems.
import { z } from "zod";
import { checkMobile, checkUscc } from "@/lib/identifiers";
import type { RowCheck } from "./import-summary";
import { checkCharacterWarning, checkRecord, choice, optionalMobile, passwordHash, requiredText } from "./row-fields";

export const TORCH_HEADER = ["kind", "username", "password_hash", "display_name", "contact_mobile"] as const;

export interface TorchRow {
  kind: "enterprise" | "personal";
  /** Normalised USCC (enterprise) or mobile without +86 (personal). */
  username: string;
  passwordHash: string;
  displayName: string;
  contactMobile: string | null;
  /** The USCC fails its check character but has the right shape (domain.md §2). */
  checkWarning: boolean;
}

// The username's shape is checked on its own (so a bad one is reported together with the other
// columns' problems), and against the kind afterwards.
const username = z.string().transform((raw, ctx) => {
  const asUscc = checkUscc(raw);
  if (asUscc.ok) return { kind: "enterprise" as const, value: asUscc.value, checkWarning: !asUscc.checkCharacterValid };
  const asMobile = checkMobile(raw);
  if (asMobile.ok) return { kind: "personal" as const, value: asMobile.value, checkWarning: false };
  const message = raw.trim() === "" ? "is required" : "is neither a USCC (kind enterprise) nor a mainland China mobile number (kind personal)";
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

const torchSchema = z
  .object({
    kind: choice(["enterprise", "personal"]),
    username,
    password_hash: passwordHash,
    display_name: requiredText(200),
    contact_mobile: optionalMobile,
  })
  .transform((row, ctx): TorchRow => {
    if (row.username.kind !== row.kind) {
      const message = row.kind === "enterprise" ? "must be a USCC for kind enterprise" : "must be a mobile number for kind personal";
      ctx.addIssue({ code: "custom", path: ["username"], message });
      return z.NEVER;
    }
    return {
      kind: row.kind,
      username: row.username.value,
      passwordHash: row.password_hash,
      displayName: row.display_name,
      contactMobile: row.contact_mobile,
      checkWarning: row.username.checkWarning,
    };
  });

export function checkTorchRow(fields: Record<string, string>): RowCheck<TorchRow> {
  return checkRecord(torchSchema, fields, (row) => (row.checkWarning ? [checkCharacterWarning(row.username)] : []));
}
