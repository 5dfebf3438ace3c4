// Journeys in a real database (SQLite here, PostgreSQL with TEST_DATABASE_URL): saved and resumed
// by the resume code, stored only as its hash with a sealed state, kept 7 days after the last
// step and gone after, found by the call centre's help code with the identifier masked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJourney } from "@/lib/db/wizard/create-journey";
import { deleteJourney } from "@/lib/db/wizard/delete-journey";
import { findJourney } from "@/lib/db/wizard/find-journey";
import { countStepEvents } from "@/lib/db/wizard/count-step-events";
import { recordStepEvents } from "@/lib/db/wizard/record-step-events";
import { saveJourney } from "@/lib/db/wizard/save-journey";
import { findJourneyByHelpCode } from "@/lib/wizard/find-journey-by-help-code";
import { formatHelpCode, formatResumeCode, journeyIdOf } from "@/lib/wizard/codes";
import { advance } from "@/lib/wizard/journey-state";
import { routeProgress, withRouteChange } from "@/lib/wizard/route";
import { mobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const started = new Date("2026-11-29T08:00:00Z");
const days = (n: number) => new Date(started.getTime() + n * 86_400_000);

function enterpriseStart(uscc = validUscc()) {
  return { outcome: "E-R1" as const, kind: "enterprise" as const, identifier: uscc, loginName: uscc, window: "legal" as const };
}

describe("saving and resuming a journey", () => {
  it("resumes from the resume code with the same state, storing only its hash and a sealed state", async () => {
    const start = enterpriseStart();
    const { resumeCode, journey } = await createJourney({ db: t.db, start, now: started });
    expect(journey.id).toBe(journeyIdOf(resumeCode));
    const row = await t.db.journey.findUniqueOrThrow({ where: { id: journey.id } });
    expect(row.stateEnc).not.toContain(start.identifier);
    expect(JSON.stringify(row)).not.toContain(resumeCode);
    expect(row.currentStep).toBe("overview");
    expect(row.outcome).toBe("E-R1");

    const found = await findJourney({ db: t.db, resumeCode: formatResumeCode(resumeCode).replace(/-/g, ""), now: days(1) });
    expect(found?.state).toEqual({ ...start, answers: {}, trail: ["overview"] });
    expect(found?.helpCode).toBe(journey.helpCode);
  });

  it("stores each step's answer and the current step, and keeps the journey 7 days after the last step", async () => {
    const { resumeCode, journey } = await createJourney({ db: t.db, start: enterpriseStart(), now: started });
    let state = advance(journey.state, "overview", undefined, "log-in-legal").state;
    state = advance(state, "log-in-legal", "refused", "reset-legal").state;
    await saveJourney({ db: t.db, id: journey.id, state, now: days(6) });
    expect((await t.db.journey.findUniqueOrThrow({ where: { id: journey.id } })).currentStep).toBe("reset-legal");

    const resumed = await findJourney({ db: t.db, resumeCode, now: days(12) });
    expect(resumed?.state.answers).toEqual({ "log-in-legal": "refused" });
    expect(resumed?.state.trail).toEqual(["overview", "log-in-legal", "reset-legal"]);
    expect(await findJourney({ db: t.db, resumeCode, now: days(13.01) })).toBeNull();
  });

  it("keeps the route's earlier total after an answer changed it, for the next step to say so, until the next answer", async () => {
    const { resumeCode, journey } = await createJourney({ db: t.db, start: enterpriseStart(), now: started });
    let state = withRouteChange(journey.state, advance(journey.state, "overview", undefined, "log-in-legal").state);
    state = withRouteChange(state, advance(state, "log-in-legal", "refused", "reset-legal").state);
    await saveJourney({ db: t.db, id: journey.id, state, now: started });
    const resumed = await findJourney({ db: t.db, resumeCode, now: started });
    expect(resumed?.state.totalBefore).toBe(6);
    expect(resumed && routeProgress(resumed.state, "reset-legal")).toEqual({ position: 3, total: 8 });

    const after = withRouteChange(state, advance(state, "reset-legal", "done", "log-in-again-legal").state);
    await saveJourney({ db: t.db, id: journey.id, state: after, now: started });
    expect((await findJourney({ db: t.db, resumeCode, now: started }))?.state.totalBefore).toBeUndefined();
  });

  it("expires 7 days after it began when nothing was done", async () => {
    const { resumeCode } = await createJourney({ db: t.db, start: enterpriseStart(), now: started });
    expect(await findJourney({ db: t.db, resumeCode, now: days(6.9) })).not.toBeNull();
    expect(await findJourney({ db: t.db, resumeCode, now: days(7) })).toBeNull();
  });

  it("removes expired journeys when a new one starts", async () => {
    const old = await createJourney({ db: t.db, start: enterpriseStart(), now: started });
    await createJourney({ db: t.db, start: enterpriseStart(), now: days(8) });
    expect(await t.db.journey.count({ where: { id: old.journey.id } })).toBe(0);
  });

  it("finds nothing for an unknown code, and nothing after starting again", async () => {
    const { resumeCode, journey } = await createJourney({ db: t.db, start: enterpriseStart(), now: started });
    expect(await findJourney({ db: t.db, resumeCode: "0000000000AA", now: started })).toBeNull();
    await deleteJourney({ db: t.db, id: journey.id });
    expect(await findJourney({ db: t.db, resumeCode, now: started })).toBeNull();
  });

  it("gives every journey its own help code", async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i += 1) codes.add((await createJourney({ db: t.db, start: enterpriseStart(), now: started })).journey.helpCode);
    expect(codes.size).toBe(20);
  });
});

describe("the help code (call centre)", () => {
  it("shows outcome, step and path, with the mobile masked", async () => {
    const phone = mobile();
    const { journey } = await createJourney({
      db: t.db,
      start: { outcome: "P-R1", kind: "personal", identifier: phone, loginName: phone, window: "natural" },
      now: started,
    });
    const state = advance(journey.state, "overview", undefined, "log-in-natural").state;
    await saveJourney({ db: t.db, id: journey.id, state, now: days(1) });

    const view = await findJourneyByHelpCode({ db: t.db, helpCode: formatHelpCode(journey.helpCode).toLowerCase(), now: days(2) });
    expect(view).toMatchObject({ outcome: "P-R1", currentStep: "log-in-natural", trail: ["overview", "log-in-natural"] });
    expect(view?.maskedIdentifier).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(view?.loginName).toBe(view?.maskedIdentifier);
    expect(await findJourneyByHelpCode({ db: t.db, helpCode: journey.helpCode, now: days(9) })).toBeNull();
    expect(await findJourneyByHelpCode({ db: t.db, helpCode: "not a code", now: days(2) })).toBeNull();
  });
});

describe("step events", () => {
  it("are stored per outcome and step, with nothing that points at a person", async () => {
    await recordStepEvents({
      db: t.db,
      outcome: "E-R3",
      events: [
        { stepId: "log-in-legal", kind: "viewed" },
        { stepId: "log-in-legal", kind: "completed" },
        { stepId: "reset-legal", kind: "left" },
      ],
      now: started,
    });
    const rows = await t.db.stepEvent.findMany({ where: { outcome: "E-R3" }, orderBy: { id: "asc" }, select: { outcome: true, stepId: true, kind: true } });
    expect(rows).toEqual([
      { outcome: "E-R3", stepId: "log-in-legal", kind: "viewed" },
      { outcome: "E-R3", stepId: "log-in-legal", kind: "completed" },
      { outcome: "E-R3", stepId: "reset-legal", kind: "left" },
    ]);
  });

  it("are counted per step of one outcome for the staff funnel, other outcomes apart", async () => {
    await recordStepEvents({
      db: t.db,
      outcome: "P-R1",
      events: [
        { stepId: "log-in-natural", kind: "viewed" },
        { stepId: "log-in-natural", kind: "viewed" },
        { stepId: "log-in-natural", kind: "completed" },
        { stepId: "reset-natural", kind: "viewed" },
        { stepId: "reset-natural", kind: "left" },
      ],
      now: started,
    });
    await recordStepEvents({ db: t.db, outcome: "P-R2", events: [{ stepId: "log-in-natural", kind: "viewed" }], now: started });
    const counts = await countStepEvents({ db: t.db, outcome: "P-R1" });
    expect(Object.fromEntries(counts)).toEqual({
      "log-in-natural": { viewed: 2, completed: 1, left: 0 },
      "reset-natural": { viewed: 1, completed: 0, left: 1 },
    });
  });
});
