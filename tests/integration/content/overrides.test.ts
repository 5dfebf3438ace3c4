// Staff edits of step and outcome texts: refused when they would break a page, stored when they
// compile, served instead of the shipped file, and reverted on request; each change audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContentText, readShippedContent } from "@/lib/content/content-file";
import type { ContentKey } from "@/lib/content/content-keys";
import { deleteContentOverride } from "@/lib/db/content/delete-content-override";
import { listContentOverrides } from "@/lib/db/content/list-content-overrides";
import { saveContentOverride } from "@/lib/db/content/save-content-override";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
let staffId: number;
const key: ContentKey = { kind: "steps", id: "verify-legal" };

beforeAll(async () => {
  t = await createTestDatabase();
  const staff = await t.db.staffAccount.create({ data: { name: "editor1", nameKey: "editor1", passwordHash: "x", role: "editor" }, select: { id: true } });
  staffId = staff.id;
});
afterAll(() => t.drop());

describe("content overrides", () => {
  it("serves the shipped file while nobody has edited it", async () => {
    expect(await readContentText({ db: t.db, key })).toBe(await readShippedContent(key));
  });

  it("refuses an edit that would break the page and stores nothing", async () => {
    const shipped = await readShippedContent(key);
    const result = await saveContentOverride({ db: t.db, key, body: shipped.replace(/^title: .*\n/m, ""), staffId });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(await t.db.contentOverride.count()).toBe(0);
  });

  it("stores a valid edit (CRLF made LF), serves it, lists it and audits it", async () => {
    const shipped = await readShippedContent(key);
    const edited = `${shipped.replace(/^title: .*$/m, 'title: "修改法人信息并保存（编辑后）"')}\r\n\r\n编辑补充的一段说明。\r\n`;
    expect(await saveContentOverride({ db: t.db, key, body: edited, staffId })).toEqual({ ok: true });
    const served = await readContentText({ db: t.db, key });
    expect(served).toContain("修改法人信息并保存（编辑后）");
    expect(served).not.toContain("\r");
    expect((await listContentOverrides({ db: t.db })).has("steps/verify-legal")).toBe(true);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { type: "content.edit" }, select: { actor: true, detail: true } });
    expect(audit.actor).toBe(`staff:${staffId}`);
    expect(audit.detail).toContain("steps/verify-legal");
  });

  it("reverts to the shipped file", async () => {
    await deleteContentOverride({ db: t.db, key, staffId });
    expect(await readContentText({ db: t.db, key })).toBe(await readShippedContent(key));
    expect(await t.db.auditEvent.count({ where: { type: "content.revert" } })).toBe(1);
  });
});
