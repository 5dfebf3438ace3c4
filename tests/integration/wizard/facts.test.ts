// The platform's facts behind each journey, from real rows: which account a journey is about, what
// a login confirms, what is shown without one (a personal journey proved its mobile by SMS; an
// enterprise journey only typed a public USCC), resets and appeals, and E-R4's authorisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJourney } from "@/lib/db/wizard/create-journey";
import { readJourneyFacts } from "@/lib/db/wizard/read-journey-facts";
import type { JourneyStart } from "@/lib/wizard/journey-state";
import { makeMigratedTorchAccount, makePlatformAccount, mobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const started = new Date("2026-11-29T08:00:00Z");
const later = new Date("2026-11-30T08:00:00Z");
let reference = 0;

async function journeyFor(start: JourneyStart) {
  return (await createJourney({ db: t.db, start, now: started })).journey;
}

function makeCase(data: { type: string; status: string; accountId?: number; contactMobile?: string; createdAt?: Date }) {
  reference += 1;
  return t.db.case.create({ data: { reference: `SQ-TEST-${reference}`, detailsEnc: "sealed", createdAt: later, ...data } });
}

describe("readJourneyFacts", () => {
  it("E-R1: the migrated legal account; its status only once logged in to it", async () => {
    const uscc = validUscc();
    const account = await makePlatformAccount(t.db, { type: "legal", loginName: uscc, uscc, realNameStatus: "failed" });
    await makeMigratedTorchAccount(t.db, { kind: "enterprise", username: uscc }, { outcome: "E-R1", loginName: uscc, window: "legal", platformAccountId: account.id });
    const journey = await journeyFor({ outcome: "E-R1", kind: "enterprise", identifier: uscc, loginName: uscc, window: "legal" });

    const anonymous = await readJourneyFacts({ db: t.db, journey, sessionAccountId: null });
    expect(anonymous).toEqual({
      facts: { accountExists: true, loggedIn: false, realNameStatus: null, passwordReset: false, appealCase: null, authorised: false },
      confirmedAccountId: null,
    });
    const someoneElse = await makePlatformAccount(t.db, { type: "legal", uscc: validUscc() });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: someoneElse.id })).facts.loggedIn).toBe(false);

    const own = await readJourneyFacts({ db: t.db, journey, sessionAccountId: account.id });
    expect(own.facts).toMatchObject({ loggedIn: true, realNameStatus: "failed" });
    expect(own.confirmedAccountId).toBe(account.id);
  });

  it("E-U1: no account until a legal account of the USCC is registered", async () => {
    const uscc = validUscc();
    const journey = await journeyFor({ outcome: "E-U1", kind: "enterprise", identifier: uscc, loginName: null, window: null });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts.accountExists).toBe(false);
    const wrongOrg = await makePlatformAccount(t.db, { type: "legal", uscc: validUscc() });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: wrongOrg.id })).facts.accountExists).toBe(false);
    await makePlatformAccount(t.db, { type: "legal", uscc });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts.accountExists).toBe(true);
  });

  it("P-U1: a natural account registered with another mobile counts once logged in to it", async () => {
    const journey = await journeyFor({ outcome: "P-U1", kind: "personal", identifier: mobile(), loginName: null, window: null });
    const registered = await makePlatformAccount(t.db, { type: "natural", reservedMobile: mobile() });
    const facts = await readJourneyFacts({ db: t.db, journey, sessionAccountId: registered.id });
    expect(facts.facts).toMatchObject({ accountExists: true, loggedIn: true, realNameStatus: "unverified" });
    expect(facts.confirmedAccountId).toBe(registered.id);
  });

  it("P-R4: the verified account shows its status, and the newest appeal by account or contact mobile", async () => {
    const phone = mobile();
    const verified = await makePlatformAccount(t.db, { type: "natural", reservedMobile: phone, realNameStatus: "verified" });
    await makeMigratedTorchAccount(t.db, { kind: "personal", username: phone }, { outcome: "P-R4", loginName: null, window: null, platformAccountId: verified.id });
    const journey = await journeyFor({ outcome: "P-R4", kind: "personal", identifier: phone, loginName: null, window: null });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts).toMatchObject({ realNameStatus: "verified", appealCase: null });

    await makeCase({ type: "appeal-natural", status: "rejected", contactMobile: phone, createdAt: started });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts.appealCase).toBe("rejected");
    await makeCase({ type: "appeal-natural", status: "open", accountId: verified.id });
    await makeCase({ type: "verification-natural", status: "approved", accountId: verified.id, createdAt: new Date("2026-12-01T00:00:00Z") });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts.appealCase).toBe("open");
  });

  it("enterprise appeals and resets count only from the journey's start", async () => {
    const uscc = validUscc();
    const account = await makePlatformAccount(t.db, { type: "legal", loginName: `org${uscc}`, uscc });
    await makeCase({ type: "appeal-legal", status: "open", accountId: account.id, createdAt: new Date("2026-11-01T00:00:00Z") });
    await t.db.platformAccount.update({ where: { id: account.id }, data: { passwordChangedAt: new Date("2026-11-01T00:00:00Z") } });
    const journey = await journeyFor({ outcome: "E-U2", kind: "enterprise", identifier: uscc, loginName: "or****XL", window: "legal" });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts).toMatchObject({ appealCase: null, passwordReset: false });

    await makeCase({ type: "appeal-legal", status: "open", accountId: account.id });
    await t.db.platformAccount.update({ where: { id: account.id }, data: { passwordChangedAt: later } });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts).toMatchObject({ appealCase: "open", passwordReset: true });
  });

  it("E-R4: the natural account's authorisation for the enterprise, read once logged in", async () => {
    const uscc = validUscc();
    const natural = await makePlatformAccount(t.db, { type: "natural", loginName: uscc, realNameStatus: "verified" });
    await makeMigratedTorchAccount(t.db, { kind: "enterprise", username: uscc }, { outcome: "E-R4", loginName: uscc, window: "natural", platformAccountId: natural.id });
    const journey = await journeyFor({ outcome: "E-R4", kind: "enterprise", identifier: uscc, loginName: uscc, window: "natural" });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: natural.id })).facts.authorised).toBe(false);
    await t.db.orgAuthorisation.create({ data: { accountId: natural.id, uscc, system: "gaoqi", validFrom: started, grantedBy: "migration" } });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts.authorised).toBe(false);
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: natural.id })).facts).toMatchObject({ authorised: true, realNameStatus: "verified" });
  });

  it("CONFLICT: no account to speak of", async () => {
    const journey = await journeyFor({ outcome: "CONFLICT", kind: "enterprise", identifier: validUscc(), loginName: null, window: null });
    expect((await readJourneyFacts({ db: t.db, journey, sessionAccountId: null })).facts.accountExists).toBe(false);
  });
});
