// Message keys for values that come from the database: anything unexpected falls back to a
// generic word instead of a missing-message error on a staff page.
import { isCaseType, type CaseType } from "@/lib/cases/effects";
import { isDocumentSlot, type DocumentSlot } from "@/lib/uploads/upload-rules";

export function caseTypeKey(type: string): CaseType | "other" {
  return isCaseType(type) ? type : "other";
}

export function slotKey(slot: string): DocumentSlot | null {
  return isDocumentSlot(slot) ? slot : null;
}

const STATUSES = ["open", "approved", "rejected"] as const;
export function statusKey(status: string): (typeof STATUSES)[number] {
  return (STATUSES as readonly string[]).includes(status) ? (status as (typeof STATUSES)[number]) : "open";
}

const EVENTS = ["opened", "viewed", "approved", "rejected", "documents-purged"] as const;
export function eventKey(kind: string): (typeof EVENTS)[number] | null {
  return (EVENTS as readonly string[]).includes(kind) ? (kind as (typeof EVENTS)[number]) : null;
}
