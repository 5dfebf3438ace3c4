// Log-ins are counted where their audit events are recorded (lib/audit/record-audit-event.ts), so
// every path that does one is counted once, with the same result the audit trail keeps. SMS sends
// are counted where they leave (lib/sms/counted-sms-provider.ts): not every send has an audit
// event, and the appeal status records one even when nothing was sent. Cases are counted after
// their transaction commits (lib/metrics/count-case.ts): their audit events are written inside it.
import { labelValue, metrics } from "./registry";

type Detail = Record<string, string | number | boolean | null> | undefined;

export function countAuditEvent(type: string, result: "success" | "failure", detail: Detail): void {
  const m = metrics();
  switch (type) {
    case "login.success":
    case "login.failure":
      m.logins.inc({ window: labelValue(detail?.window), result: result === "success" ? "success" : labelValue(detail?.reason) });
      return;
    case "staff.login":
      m.staffLogins.inc({ result });
      return;
  }
}
