// Checks of an appeal's typed details beyond each field's shape (pure): a real resident ID number,
// a USCC of the right shape (a check-character mismatch is left to the reviewer: early codes are
// genuine), and every document slot filled.
import type { FieldErrors } from "@/lib/accounts/schemas";
import { checkResidentId, checkUscc } from "@/lib/identifiers";

export const APPEAL_DOCUMENT_SLOTS = {
  natural: ["id-front", "id-back"],
  legal: ["business-licence", "appeal-letter"],
} as const;

export type AppealDocumentSlot = (typeof APPEAL_DOCUMENT_SLOTS)[keyof typeof APPEAL_DOCUMENT_SLOTS][number];

/** Form field name of a slot (`id-front` → `idFront`). */
export function slotField(slot: AppealDocumentSlot): string {
  return slot.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}

export function checkNaturalAppeal(input: { idNumber: string }, today: Date = new Date()): { ok: true; idNumber: string } | { ok: false; fieldErrors: FieldErrors } {
  const id = checkResidentId(input.idNumber, today);
  if (id.ok) return { ok: true, idNumber: id.value };
  return { ok: false, fieldErrors: { idNumber: [`recovery.errors.residentId.${id.error}`] } };
}

/**
 * A USCC as typed in a recovery form (appeal, hint, reset): normalised, or the platform's message
 * key for what is wrong with its shape. A check-character mismatch passes: early codes are genuine.
 */
export function checkUsccField(raw: string): { ok: true; uscc: string } | { ok: false; fieldErrors: FieldErrors } {
  const uscc = checkUscc(raw);
  if (uscc.ok) return { ok: true, uscc: uscc.value };
  return { ok: false, fieldErrors: { uscc: [`fieldErrors.uscc${uscc.error[0].toUpperCase()}${uscc.error.slice(1)}`] } };
}

export function checkLegalAppeal(input: { uscc: string }): { ok: true; uscc: string } | { ok: false; fieldErrors: FieldErrors } {
  return checkUsccField(input.uscc);
}

/** Slots with no file (an empty file input posts a zero-byte part). */
export function missingDocuments(kind: "natural" | "legal", sizes: Partial<Record<AppealDocumentSlot, number>>): FieldErrors {
  const errors: FieldErrors = {};
  for (const slot of APPEAL_DOCUMENT_SLOTS[kind]) if (!sizes[slot]) errors[slotField(slot)] = ["recovery.errors.documentMissing"];
  return errors;
}
