// torch_cases_total moves once per case opened and once per decision that was kept: a decision
// whose effect fails is rolled back whole, so it counts as decision_failed and never as approved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideCase } from "@/lib/cases/decide-case";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { openCase } from "@/lib/cases/open-case";
import { metrics } from "@/lib/metrics/registry";
import { counterValue } from "../../support/counter-value";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeCase, makeNaturalAccount, makeStaff } from "../staff/factories";

let t: TestDatabase;
let reviewerId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  reviewerId = (await makeStaff(t.db)).id;
});
afterAll(async () => {
  await t.drop();
});

const TYPE = "verification-natural";
const EVENTS = ["opened", "approved", "rejected", "decision_failed"] as const;

/** How much each event of verification cases moved while `action` ran. */
async function moved(action: () => Promise<unknown>): Promise<Record<(typeof EVENTS)[number], number>> {
  const read = () => Promise.all(EVENTS.map((event) => counterValue(metrics().cases, { type: TYPE, event })));
  const before = await read();
  await action();
  const after = await read();
  return Object.fromEntries(EVENTS.map((event, index) => [event, after[index] - before[index]])) as Record<(typeof EVENTS)[number], number>;
}

async function viewedCase(accountId: number) {
  const made = await makeCase(t.db, { accountId, type: TYPE });
  await getCaseForReview({ db: t.db, reference: made.reference, staffId: reviewerId });
  return made;
}

describe("torch_cases_total", () => {
  it("counts a case opened", async () => {
    const account = await makeNaturalAccount(t.db, { realNameStatus: "unverified" });
    const open = () => openCase({ db: t.db, type: TYPE, accountId: account.id, contactMobile: null, details: {}, documents: [] });
    expect(await moved(open)).toEqual({ opened: 1, approved: 0, rejected: 0, decision_failed: 0 });
  });

  it("counts a decision by its outcome", async () => {
    const made = await viewedCase((await makeNaturalAccount(t.db)).id);
    const approve = () => decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null });
    expect(await moved(approve)).toEqual({ opened: 0, approved: 1, rejected: 0, decision_failed: 0 });
  });

  it("counts a decision rolled back by its effect as failed, not as approved", async () => {
    await makeNaturalAccount(t.db, { idNumber: "110101199001018888", verified: true });
    const made = await viewedCase((await makeNaturalAccount(t.db, { idNumber: "110101199001018888" })).id);
    const approve = () => decideCase({ db: t.db, reference: made.reference, staffId: reviewerId, decision: "approved", reason: null }).catch((error: unknown) => error);
    expect(await moved(approve)).toEqual({ opened: 0, approved: 0, rejected: 0, decision_failed: 1 });
  });
});
