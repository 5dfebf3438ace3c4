// One row of registry.csv (interfaces.md): `kind,id,name,legal_rep_name,legal_rep_id`. Pure.
// A person row carries a resident ID; an organisation row a USCC plus its legal representative's
// name and resident ID (both required: the automatic legal check compares them).
import { z } from "zod";
import { checkResidentId, checkUscc } from "@/lib/identifiers";
import type { RowCheck } from "./import-summary";
import { RESIDENT_ID_PROBLEMS, USCC_PROBLEMS, checkCharacterWarning, checkRecord, choice, optionalResidentId, optionalText, requiredText } from "./row-fields";

export const REGISTRY_HEADER = ["kind", "id", "name", "legal_rep_name", "legal_rep_id"] as const;

export interface RegistryRow {
  kind: "person" | "organisation";
  /** Normalised resident ID (person) or USCC (organisation); only its keyed hash is stored. */
  id: string;
  name: string;
  legalRepName: string | null;
  legalRepId: string | null;
  checkWarning: boolean;
}

const registrySchema = z
  .object({
    kind: choice(["person", "organisation"]),
    id: z.string(),
    name: requiredText(200),
    legal_rep_name: optionalText(100),
    legal_rep_id: optionalResidentId,
  })
  .transform((row, ctx): RegistryRow => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const base = { kind: row.kind, name: row.name, legalRepName: row.legal_rep_name, legalRepId: row.legal_rep_id };
    if (row.kind === "person") {
      if (row.legal_rep_name) issue("legal_rep_name", "must be empty for a person");
      if (row.legal_rep_id) issue("legal_rep_id", "must be empty for a person");
      const checked = checkResidentId(row.id);
      if (!checked.ok) issue("id", `${RESIDENT_ID_PROBLEMS[checked.error]} (kind person)`);
      return checked.ok ? { ...base, id: checked.value, checkWarning: false } : z.NEVER;
    }
    if (!row.legal_rep_name) issue("legal_rep_name", "is required for an organisation");
    if (!row.legal_rep_id) issue("legal_rep_id", "is required for an organisation");
    const checked = checkUscc(row.id);
    if (!checked.ok) issue("id", `${USCC_PROBLEMS[checked.error]} (kind organisation)`);
    return checked.ok ? { ...base, id: checked.value, checkWarning: !checked.checkCharacterValid } : z.NEVER;
  });

export function checkRegistryRow(fields: Record<string, string>): RowCheck<RegistryRow> {
  return checkRecord(registrySchema, fields, (row) => (row.checkWarning ? [checkCharacterWarning(row.id)] : []));
}
