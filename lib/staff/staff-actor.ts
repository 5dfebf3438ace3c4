// How a staff member appears in CaseEvent.actor and the audit trail: the id, never the name.
export function staffActor(staffId: number): string {
  return `staff:${staffId}`;
}
