// The staff funnel over a date range (/staff/flow): only events inside the chosen Beijing days
// count — the first midnight in, the midnight after the last day out — per outcome and step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countStepEvents } from "@/lib/db/wizard/count-step-events";
import { recordStepEvents } from "@/lib/db/wizard/record-step-events";
import { dateRangeInstants } from "@/lib/wizard/flow-diagram-range";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // 2026-11-01 and 11-02 in Beijing are 2026-10-31T16:00Z … 2026-11-02T16:00Z.
  const at = (iso: string) => new Date(iso);
  const record = (outcome: "E-U1" | "P-R4", stepId: "log-in-legal" | "reset-legal" | "overview", kind: "viewed" | "completed" | "left", when: string) =>
    recordStepEvents({ db: t.db, outcome, events: [{ stepId, kind }], now: at(when) });
  await record("E-U1", "log-in-legal", "viewed", "2026-10-31T15:59:59.999Z"); // 10-31 23:59 Beijing: before
  await record("E-U1", "log-in-legal", "viewed", "2026-10-31T16:00:00.000Z"); // 11-01 00:00: first instant in
  await record("E-U1", "log-in-legal", "viewed", "2026-11-01T09:00:00.000Z");
  await record("E-U1", "log-in-legal", "completed", "2026-11-01T09:05:00.000Z");
  await record("E-U1", "reset-legal", "viewed", "2026-11-02T15:59:59.999Z"); // 11-02 23:59: last instant in
  await record("E-U1", "reset-legal", "left", "2026-11-02T16:00:00.000Z"); // 11-03 00:00: after
  await record("P-R4", "overview", "viewed", "2026-11-01T09:00:00.000Z"); // another outcome
});
afterAll(async () => {
  await t.drop();
});

describe("countStepEvents over a period", () => {
  it("counts only the events inside the chosen days, for the chosen outcome", async () => {
    const counts = await countStepEvents({ db: t.db, outcome: "E-U1", period: dateRangeInstants({ from: "2026-11-01", to: "2026-11-02" }) });
    expect(Object.fromEntries(counts)).toEqual({
      "log-in-legal": { viewed: 2, completed: 1, left: 0 },
      "reset-legal": { viewed: 1, completed: 0, left: 0 },
    });
  });

  it("narrows to one day, and finds nothing in a day without events", async () => {
    const firstDay = await countStepEvents({ db: t.db, outcome: "E-U1", period: dateRangeInstants({ from: "2026-11-01", to: "2026-11-01" }) });
    expect(Object.fromEntries(firstDay)).toEqual({ "log-in-legal": { viewed: 2, completed: 1, left: 0 } });
    const empty = await countStepEvents({ db: t.db, outcome: "E-U1", period: dateRangeInstants({ from: "2026-12-01", to: "2026-12-31" }) });
    expect(empty.size).toBe(0);
  });

  it("counts every event when no period is given", async () => {
    const counts = await countStepEvents({ db: t.db, outcome: "E-U1" });
    expect(Object.fromEntries(counts)).toEqual({
      "log-in-legal": { viewed: 3, completed: 1, left: 0 },
      "reset-legal": { viewed: 1, completed: 0, left: 1 },
    });
  });
});
