// `maintenance` on a real database (SQLite here, PostgreSQL with TEST_DATABASE_URL): for every
// clean-up, a row just past its boundary goes and a row just inside it stays; then the command as
// cron runs it (one JSON object, exit 0; exit 2 for arguments).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openCase } from "@/lib/cases/open-case";
import { runMaintenance } from "@/lib/maintenance/run-maintenance";
import { cleanUpload } from "@/lib/uploads/clean-upload";
import { samplePdf } from "@/lib/uploads/testing/sample-files";
import { makeAccount } from "../accounts/factories";
import { runCli } from "../importers/support";
import { withDatabaseAndUploadDir } from "../uploads/upload-dir";
import type { TestDatabase } from "../../support/test-db";

let t: TestDatabase;
const uploads = withDatabaseAndUploadDir((created) => (t = created));

const now = new Date("2026-12-01T00:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const token = () => randomBytes(16).toString("hex");

async function seed() {
  const account = await makeAccount(t.db, { passwordHash: "md5:0" });
  const staff = await t.db.staffAccount.create({ data: { name: `m${token()}`, nameKey: `m${token()}`, passwordHash: "x", role: "reviewer" }, select: { id: true } });
  const session = (id: string, lastSeenAt: Date, expiresAt: Date) => t.db.session.create({ data: { id, accountId: account.id, lastSeenAt, expiresAt }, select: { id: true } });
  await session("s-expired", ago(MINUTE), ago(SECOND));
  await session("s-idle", ago(31 * MINUTE), ago(-DAY));
  await session("s-active", ago(29 * MINUTE), ago(-DAY));
  const staffSession = (id: string, lastSeenAt: Date, expiresAt: Date) => t.db.staffSession.create({ data: { id, staffId: staff.id, stage: "full", lastSeenAt, expiresAt }, select: { id: true } });
  await staffSession("st-expired", ago(MINUTE), now);
  await staffSession("st-idle", ago(16 * MINUTE), ago(-DAY));
  await staffSession("st-active", ago(14 * MINUTE), ago(-DAY));
  const journey = (id: string, expiresAt: Date) => t.db.journey.create({ data: { id, helpCode: token().slice(0, 8), outcome: "E-R1", stateEnc: "x", currentStep: "overview", expiresAt }, select: { id: true } });
  await journey("j-expired", ago(1));
  await journey("j-live", ago(-1));
  const message = (body: string, sentAt: Date) => t.db.smsMessage.create({ data: { mobile: "13900000000", purpose: "lookup", body, sentAt }, select: { id: true } });
  await message("m-old", ago(30 * DAY + SECOND));
  await message("m-kept", ago(30 * DAY - SECOND));
  const code = (id: string, createdAt: Date) => t.db.smsCode.create({ data: { id, mobile: "13900000000", purpose: "lookup", codeHash: "h", createdAt, expiresAt: new Date(createdAt.getTime() + 10 * MINUTE) } });
  await code("c-old", ago(30 * DAY + SECOND));
  await code("c-kept", ago(30 * DAY - SECOND));
  await code("c-live", ago(MINUTE));
  await t.db.rateLimit.createMany({ data: [{ key: "r-expired", points: 1, expiresAt: ago(SECOND) }, { key: "r-live", points: 1, expiresAt: ago(-SECOND) }] });
  for (const decidedAt of [ago(30 * DAY + SECOND), ago(30 * DAY - SECOND)]) {
    const pdf = await cleanUpload({ slot: "id-front", bytes: samplePdf() });
    if (!pdf.ok) throw new Error(pdf.code);
    const opened = await openCase({ db: t.db, type: "verification-natural", accountId: null, contactMobile: null, details: {}, documents: [pdf.upload] });
    await t.db.case.update({ where: { id: opened.id }, data: { status: "approved", decidedAt } });
  }
}

const ids = async () => ({
  sessions: (await t.db.session.findMany({ select: { id: true } })).map((r) => r.id).sort(),
  staffSessions: (await t.db.staffSession.findMany({ select: { id: true } })).map((r) => r.id).sort(),
  journeys: (await t.db.journey.findMany({ select: { id: true } })).map((r) => r.id).sort(),
  smsMessages: (await t.db.smsMessage.findMany({ select: { body: true } })).map((r) => r.body).sort(),
  smsCodes: (await t.db.smsCode.findMany({ select: { id: true } })).map((r) => r.id).sort(),
  rateLimits: (await t.db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key).sort(),
});

describe("maintenance", () => {
  it("deletes exactly what is past each boundary, and a second run finds nothing", async () => {
    await seed();
    expect(uploads.files()).toHaveLength(2);
    const summary = await runMaintenance({ db: t.db, smsRetentionDays: 30, documentRetentionDays: 30, now });
    expect(summary).toEqual({
      sessions: 2, staffSessions: 2, journeys: 1, smsMessages: 1, smsCodes: 1, rateLimits: 1,
      documents: { cases: 1, documents: 1 }, smsRetentionDays: 30, documentRetentionDays: 30,
    });
    expect(await ids()).toEqual({
      sessions: ["s-active"], staffSessions: ["st-active"], journeys: ["j-live"], smsMessages: ["m-kept"], smsCodes: ["c-kept", "c-live"], rateLimits: ["r-live"],
    });
    expect(uploads.files()).toHaveLength(1);
    const again = await runMaintenance({ db: t.db, smsRetentionDays: 30, documentRetentionDays: 30, now });
    expect(again).toMatchObject({ sessions: 0, staffSessions: 0, journeys: 0, smsMessages: 0, smsCodes: 0, rateLimits: 0, documents: { cases: 0, documents: 0 } });
  });

  it("runs as one command with the retention from the environment", { timeout: 120_000 }, async () => {
    // What the real clock has since made due among the rows above goes first.
    await runMaintenance({ db: t.db, smsRetentionDays: 7, documentRetentionDays: 30 });
    await t.db.rateLimit.create({ data: { key: "cli-expired", points: 1, expiresAt: new Date(Date.now() - SECOND) } });
    await t.db.smsMessage.create({ data: { mobile: "13900000000", purpose: "lookup", body: "cli-old", sentAt: new Date(Date.now() - 8 * DAY) } });
    process.env.SMS_RETENTION_DAYS = "7";
    try {
      const run = await runCli(["maintenance"], t.url);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split("\n")).toHaveLength(1);
      expect(run.json).toMatchObject({ rateLimits: 1, smsMessages: 1, smsRetentionDays: 7, documentRetentionDays: 30, documents: { cases: 0, documents: 0 } });
      const bad = await runCli(["maintenance", "--now"], t.url);
      expect(bad.code).toBe(2);
      expect(bad.json).toEqual({ error: expect.stringContaining("usage: maintenance") });
    } finally {
      delete process.env.SMS_RETENTION_DAYS;
    }
  });
});
