// The audit-log viewer's filters and its CSV export (issue 13 §4), pure. A type ending in "." is a
// prefix ("staff." = every staff event); an actor is an audit actor as written (`staff:3`,
// `account:12`, `cli`, `system`, `applicant`) or a staff member's name, which the page turns into
// `staff:<id>`. CSV cells are RFC 4180 quoted and made safe for spreadsheets: a cell that starts
// with = + - @ (or a tab / carriage return) gets a leading apostrophe, so it is never run as a formula.
import { parseDateRange, textParam, type DateRange, type SearchParams } from "@/lib/staff/console-filters";

export const AUDIT_RESULTS = ["success", "failure"] as const;
export type AuditResultFilter = (typeof AUDIT_RESULTS)[number];

export interface AuditFilter {
  type: { exact: string } | { prefix: string } | null;
  /** An actor as written in the trail, or a staff member's name still to resolve. */
  actor: { exact: string } | { staffName: string } | null;
  result: AuditResultFilter | null;
  range: DateRange;
}

export type AuditFilterField = "type" | "actor" | "result" | "from" | "to";
export const AUDIT_FILTER_FIELDS: readonly AuditFilterField[] = ["type", "actor", "result", "from", "to"];

const ACTOR_AS_WRITTEN = /^(staff|account):\d{1,10}$|^(cli|system|applicant)$/;

export function parseAuditFilter(params: SearchParams): { values: Record<AuditFilterField, string>; errors: Partial<Record<AuditFilterField, string>>; filter: AuditFilter } {
  const values = Object.fromEntries(AUDIT_FILTER_FIELDS.map((field) => [field, textParam(params, field, 64)])) as Record<AuditFilterField, string>;
  const errors: Partial<Record<AuditFilterField, string>> = {};
  if (values.type && !/^[a-z][a-zA-Z.-]{0,40}$/.test(values.type)) errors.type = "auditType";
  const result = (AUDIT_RESULTS as readonly string[]).includes(values.result) ? (values.result as AuditResultFilter) : null;
  if (values.result && !result) errors.result = "auditResult";
  const { range, errors: dateErrors } = parseDateRange(values.from, values.to);
  if (dateErrors.from) errors.from = dateErrors.from;
  if (dateErrors.to) errors.to = dateErrors.to;
  const type = !values.type || errors.type ? null : values.type.endsWith(".") ? { prefix: values.type } : { exact: values.type };
  const actor = !values.actor ? null : ACTOR_AS_WRITTEN.test(values.actor) ? { exact: values.actor } : { staffName: values.actor };
  return { values, errors, filter: { type, actor, result, range } };
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const AUDIT_CSV_HEADER = ["at", "type", "actor", "client", "result", "detail"] as const;

export function auditCsvLine(event: { at: Date; type: string; actor: string | null; client: string | null; result: string; detail: string | null }): string {
  return `${[event.at.toISOString(), event.type, event.actor, event.client, event.result, event.detail].map(csvCell).join(",")}\r\n`;
}
