import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/cases/case-timeline";
import { eventKey, slotKey } from "./case-labels";

/** A case's whole history, oldest first: when, what, who, and the reason or document concerned. */
export async function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = await getTranslations("staff");
  const ops = await getTranslations("staffOps.timeline");
  const format = await getFormatter();
  const what = (entry: TimelineEntry) => {
    if (entry.source === "case") {
      const key = eventKey(entry.what);
      return key ? t(`events.${key}`) : entry.what;
    }
    const key = `audit.${entry.what.replace(".", "_")}`;
    const words = ops.has(key) ? ops(key as "audit.case_view") : entry.what;
    return entry.result === "failure" ? ops("refused", { what: words }) : words;
  };
  const who = (entry: TimelineEntry) => {
    switch (entry.actor.kind) {
      case "staff":
        return entry.actor.name ?? t("events.staff");
      case "applicant":
        return t("events.applicant");
      case "account":
        return ops("account");
      default:
        return ops("system");
    }
  };
  const note = (entry: TimelineEntry) => {
    if (!entry.note) return null;
    const slot = slotKey(entry.note);
    if (slot) return t(`slots.${slot}`);
    return entry.source === "case" ? entry.note : ops("code", { code: entry.note });
  };
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-xl font-bold">
        {t("case.history")}
      </h2>
      <p className="text-muted">{ops("lead")}</p>
      <ol className="space-y-1" data-testid="case-history">
        {entries.map((entry, index) => (
          <li key={index} className={entry.result === "failure" ? "text-gov-red" : undefined}>
            <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}</time>
            {" · "}
            {what(entry)}
            {" · "}
            {who(entry)}
            {note(entry) ? ` · ${note(entry)}` : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
