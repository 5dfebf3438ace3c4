import { getFormatter, getTranslations } from "next-intl/server";
import { eventKey } from "./case-labels";

export interface CaseHistoryProps {
  events: { at: Date; kind: string; actor: string; note: string | null }[];
}

/** The case's status history, oldest first: who did what, when, with the reason where given. */
export async function CaseHistory({ events }: CaseHistoryProps) {
  const t = await getTranslations("staff");
  const format = await getFormatter();
  const actor = (value: string) => (value === "applicant" ? t("events.applicant") : value === "staff" ? t("events.staff") : value);
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-xl font-bold">
        {t("case.history")}
      </h2>
      <ol className="space-y-1" data-testid="case-history">
        {events.map((event, index) => {
          const kind = eventKey(event.kind);
          return (
            <li key={index}>
              <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}</time>
              {" · "}
              {kind ? t(`events.${kind}`) : event.kind}
              {" · "}
              {actor(event.actor)}
              {event.note ? ` · ${event.note}` : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
