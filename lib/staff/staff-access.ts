// Who may open which part of the staff console (issue 13 §4), written once: requireStaff, the
// staff bar and the start page all read this table. The decisions:
// - reviewers work cases (the queue, the decision and the documents) and may search every case;
// - editors publish content;
// - admins run operations (staff accounts, audit log, SMS outbox, imports, CONFLICT records,
//   E-R4 authorisations), may publish content and may search and read every case — but deciding
//   a case and opening its documents stay with reviewers, so whoever manages staff accounts does
//   not also approve identities (separation of duties);
// - every role looks up a caller's help code and sees the flow diagram.
import type { StaffRole } from "./staff-rules";

export const STAFF_AREAS = {
  queue: ["reviewer"],
  caseSearch: ["reviewer", "admin"],
  caseDecision: ["reviewer"],
  content: ["editor", "admin"],
  help: ["reviewer", "editor", "admin"],
  flow: ["reviewer", "editor", "admin"],
  conflicts: ["admin"],
  authorisations: ["admin"],
  staff: ["admin"],
  audit: ["admin"],
  sms: ["admin"],
  imports: ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffArea = keyof typeof STAFF_AREAS;

export function mayUse(role: StaffRole, area: StaffArea): boolean {
  return (STAFF_AREAS[area] as readonly StaffRole[]).includes(role);
}

/** The console's pages in the order of the staff bar, each with the area that guards it. */
export const STAFF_NAV: readonly { area: StaffArea; href: string }[] = [
  { area: "queue", href: "/staff" },
  { area: "caseSearch", href: "/staff/cases" },
  { area: "help", href: "/staff/help" },
  { area: "content", href: "/staff/content" },
  { area: "flow", href: "/staff/flow" },
  { area: "conflicts", href: "/staff/conflicts" },
  { area: "authorisations", href: "/staff/authorisations" },
  { area: "imports", href: "/staff/import" },
  { area: "staff", href: "/staff/accounts" },
  { area: "audit", href: "/staff/audit" },
  { area: "sms", href: "/staff/sms" },
];

export function navFor(role: StaffRole): { area: StaffArea; href: string }[] {
  return STAFF_NAV.filter((item) => mayUse(role, item.area));
}
