// The admins' read-only views on a real database: the audit trail filtered by type prefix, actor
// (also a staff name), result and Beijing days, exported in batches as safe CSV; the SMS outbox
// with masked mobiles and never a body or code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditCsvLine, parseAuditFilter } from "@/lib/audit/audit-filters";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditEventBatches, listAuditEvents } from "@/lib/db/audit/list-audit-events";
import { listSmsMessages } from "@/lib/db/sms/list-sms-messages";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff } from "../staff/factories";

let t: TestDatabase;
let staff: { id: number; name: string };
beforeAll(async () => {
  t = await createTestDatabase();
  staff = await makeStaff(t.db, { role: "admin", name: "auditor.zhao" });
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 11, day, hour));
  await recordAuditEvent({ db: t.db, type: "staff.login", actor: `staff:${staff.id}`, result: "failure", detail: { reason: "=cmd|' /C calc'!A0" }, now: at(1, 15) });
  await recordAuditEvent({ db: t.db, type: "staff.totp", actor: `staff:${staff.id}`, result: "success", now: at(1, 17) });
  await recordAuditEvent({ db: t.db, type: "case.decide", actor: "staff:99", result: "success", now: at(2, 3) });
  await recordAuditEvent({ db: t.db, type: "login.success", actor: "account:5", result: "success", now: at(3, 3) });
  await t.db.smsMessage.create({ data: { mobile: "13800001234", purpose: "lookup", body: "验证码 654321", code: "654321" } });
  await t.db.smsMessage.create({ data: { mobile: "13900005678", purpose: "case-decision", body: "审核通过" } });
});
afterAll(async () => {
  await t.drop();
});

describe("the audit viewer", () => {
  it("filters by type prefix, staff name, result and Beijing days", async () => {
    const list = async (params: Record<string, string>) => (await listAuditEvents({ db: t.db, filter: parseAuditFilter(params).filter, page: 1 })).events.map((e) => e.type);
    // staff.create (made by the factory, now) is the newest.
    expect(await list({ type: "staff." })).toEqual(["staff.create", "staff.totp", "staff.login"]);
    expect(await list({ actor: "AUDITOR.zhao", result: "failure" })).toEqual(["staff.login"]);
    expect(await list({ actor: "nobody.here" })).toEqual([]);
    // 1 Dec 17:00 UTC is already 2 Dec 01:00 in Beijing; 15:00 UTC is still 1 Dec 23:00.
    expect(await list({ from: "2026-12-02", to: "2026-12-02" })).toEqual(["case.decide", "staff.totp"]);
    expect(await list({ type: "login.success", actor: "account:5" })).toEqual(["login.success"]);
  });

  it("exports every match in batches as CSV that no spreadsheet runs", async () => {
    const lines: string[] = [];
    for await (const batch of auditEventBatches({ db: t.db, filter: parseAuditFilter({ actor: `staff:${staff.id}` }).filter })) lines.push(...batch.map(auditCsvLine));
    expect(lines).toHaveLength(2);
    expect(lines.join("")).toContain(`"{""reason"":""=cmd|' /C calc'!A0""}"`);
    expect(lines.every((line) => !/,=|,\+|,-|,@/.test(line))).toBe(true);
  });
});

describe("the SMS outbox", () => {
  it("shows masked mobiles, purposes and statuses, never a body or a code, and finds one mobile", async () => {
    const all = await listSmsMessages({ db: t.db, mobile: null, page: 1 });
    expect(all.total).toBe(2);
    expect(all.messages.map((m) => [m.maskedMobile, m.purpose, m.status])).toEqual([
      ["139****5678", "case-decision", "stored"],
      ["138****1234", "lookup", "stored"],
    ]);
    const text = JSON.stringify(all);
    for (const secret of ["654321", "13800001234", "验证码"]) expect(text).not.toContain(secret);
    expect((await listSmsMessages({ db: t.db, mobile: "13800001234", page: 1 })).total).toBe(1);
  });
});
