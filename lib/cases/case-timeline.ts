// A case's whole history for staff (issue 13 §3): its status events (CaseEvent) and the audit
// events that name its reference (every view, each document opened, refused decisions …), in
// order. Audit events that only repeat a status event (the case opened, a decision taken) are
// left out. Actors come out as words the page can show: the applicant, a staff member's name,
// the account, or the system.

/** Audit types that say something a CaseEvent does not; case.open and a successful case.decide repeat one. */
export const CASE_AUDIT_TYPES = ["case.view", "case.decide", "document.upload", "document.view", "document.purge", "appeal.submit"] as const;

export interface CaseEventRow {
  id: number;
  at: Date;
  kind: string;
  actor: string;
  note: string | null;
}

export interface CaseAuditRow {
  id: number;
  at: Date;
  type: string;
  actor: string | null;
  result: string;
  detail: string | null;
}

export type TimelineActor = { kind: "applicant" } | { kind: "staff"; name: string | null } | { kind: "account" } | { kind: "system" };

export interface TimelineEntry {
  at: Date;
  source: "case" | "audit";
  /** A CaseEvent kind (`opened`, `approved` …) or an audit type (`document.view` …). */
  what: string;
  result: "success" | "failure" | null;
  actor: TimelineActor;
  /** The reason of a decision, the slot of a document, the code of a refusal. */
  note: string | null;
}

export function staffIdOf(actor: string | null): number | null {
  const match = /^staff:(\d+)$/.exec(actor ?? "");
  return match ? Number(match[1]) : null;
}

function actorOf(actor: string | null, staffNames: ReadonlyMap<number, string>): TimelineActor {
  const staffId = staffIdOf(actor);
  if (staffId !== null) return { kind: "staff", name: staffNames.get(staffId) ?? null };
  if (actor === "applicant") return { kind: "applicant" };
  if (actor?.startsWith("account:")) return { kind: "account" };
  return { kind: "system" };
}

/** The useful part of an audit detail: the document slot, or the code of a refusal. */
function auditNote(detail: string | null): string | null {
  if (!detail) return null;
  try {
    const parsed = JSON.parse(detail) as Record<string, unknown>;
    const note = parsed.slot ?? parsed.reason ?? parsed.decision ?? null;
    return typeof note === "string" ? note : null;
  } catch {
    return null;
  }
}

export function mergeCaseTimeline(events: CaseEventRow[], audits: CaseAuditRow[], staffNames: ReadonlyMap<number, string>): TimelineEntry[] {
  const fromEvents = events.map((event) => ({
    order: [event.at.getTime(), 0, event.id] as const,
    entry: { at: event.at, source: "case" as const, what: event.kind, result: null, actor: actorOf(event.actor, staffNames), note: event.note },
  }));
  const fromAudits = audits
    .filter((audit) => (CASE_AUDIT_TYPES as readonly string[]).includes(audit.type))
    .filter((audit) => !(audit.type === "case.decide" && audit.result === "success"))
    .map((audit) => ({
      order: [audit.at.getTime(), 1, audit.id] as const,
      entry: {
        at: audit.at,
        source: "audit" as const,
        what: audit.type,
        result: audit.result === "failure" ? ("failure" as const) : ("success" as const),
        actor: actorOf(audit.actor, staffNames),
        note: auditNote(audit.detail),
      },
    }));
  return [...fromEvents, ...fromAudits]
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2])
    .map(({ entry }) => entry);
}
