// Drafts, publishing, history and rollback of staff texts on a real database (SQLite here,
// PostgreSQL with TEST_DATABASE_URL): what users see changes only on publish, every published text
// is kept as a version with its author and publisher, the four-eyes rule holds inside the
// transaction, a rollback is a new version, and every step is audited with who did it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContentText, readShippedContent } from "@/lib/content/content-file";
import type { ContentKey } from "@/lib/content/content-keys";
import { discardContentDraft } from "@/lib/db/content/discard-content-draft";
import { getContentDraft } from "@/lib/db/content/get-content-draft";
import { getContentVersion } from "@/lib/db/content/get-content-version";
import { getPublishedContent } from "@/lib/db/content/get-published-content";
import { listContentStates } from "@/lib/db/content/list-content-states";
import { listContentVersions } from "@/lib/db/content/list-content-versions";
import { publishContentDraft } from "@/lib/db/content/publish-content-draft";
import { rollBackContent } from "@/lib/db/content/roll-back-content";
import { saveContentDraft } from "@/lib/db/content/save-content-draft";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff } from "../staff/factories";

let t: TestDatabase;
let alice: { staffId: number; role: "editor" };
let bob: { staffId: number; role: "admin" };
const key: ContentKey = { kind: "steps", id: "verify-legal" };
let shipped: string;
const edited = (words: string) => `${shipped.trimEnd()}\n\n${words}\n`;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = { staffId: (await makeStaff(t.db, { role: "editor", name: "alice-editor" })).id, role: "editor" };
  bob = { staffId: (await makeStaff(t.db, { role: "admin", name: "bob-admin" })).id, role: "admin" };
  shipped = await readShippedContent(key);
});
afterAll(() => t.drop());

const audits = async (type: string) => t.db.auditEvent.findMany({ where: { type }, orderBy: { id: "asc" }, select: { actor: true, detail: true } });

describe("content publishing", () => {
  it("keeps a draft apart from what users see, and audits it", async () => {
    await saveContentDraft({ db: t.db, key, body: edited("草稿一"), staffId: alice.staffId });
    expect(await readContentText({ db: t.db, key })).toBe(shipped);
    expect(await getContentDraft({ db: t.db, key })).toMatchObject({ body: edited("草稿一"), updatedBy: alice.staffId, submittedAt: null, baseVersionId: null });
    expect((await listContentStates({ db: t.db })).get("steps/verify-legal")).toMatchObject({ publishedAt: null, submitted: false });
    expect(await audits("content.draft")).toEqual([{ actor: `staff:${alice.staffId}`, detail: expect.stringContaining("steps/verify-legal") }]);
  });

  it("with review required, refuses the draft's last editor and lets a second person publish", async () => {
    const attempt = publishContentDraft({ db: t.db, key, staff: alice, mode: "required", expectedBody: edited("草稿一") });
    await expect(attempt).rejects.toMatchObject({ code: "content.ownDraft" });
    expect(await t.db.contentVersion.count()).toBe(0);
    expect(await publishContentDraft({ db: t.db, key, staff: bob, mode: "required", expectedBody: edited("草稿一"), note: "复核通过" })).toEqual({ number: 1 });
    expect(await readContentText({ db: t.db, key })).toBe(edited("草稿一"));
    expect(await getContentDraft({ db: t.db, key })).toBeNull();
    expect(await getPublishedContent({ db: t.db, key })).toMatchObject({ number: 1 });
    const [version] = await listContentVersions({ db: t.db, key });
    expect(version).toMatchObject({ number: 1, kind: "edit", authorName: "alice-editor", publisherName: "bob-admin", note: "复核通过" });
    expect(await audits("content.publish")).toEqual([{ actor: `staff:${bob.staffId}`, detail: expect.stringContaining(`"author":"staff:${alice.staffId}"`) }]);
  });

  it("refuses to publish a draft that changed after it was checked, or no draft at all", async () => {
    await saveContentDraft({ db: t.db, key, body: edited("草稿二"), staffId: alice.staffId, submit: true });
    expect(await getContentDraft({ db: t.db, key })).toMatchObject({ submittedAt: expect.any(Date), baseVersionId: expect.any(Number) });
    expect((await listContentStates({ db: t.db })).get("steps/verify-legal")).toMatchObject({ publishedAt: expect.any(Date), submitted: true });
    await expect(publishContentDraft({ db: t.db, key, staff: alice, mode: "off", expectedBody: edited("别的") })).rejects.toMatchObject({ code: "content.draftChanged" });
    expect(await publishContentDraft({ db: t.db, key, staff: alice, mode: "off", expectedBody: edited("草稿二") })).toEqual({ number: 2 });
    await expect(publishContentDraft({ db: t.db, key, staff: alice, mode: "off", expectedBody: edited("草稿二") })).rejects.toMatchObject({ code: "content.noDraft" });
  });

  it("never lets a reviewer publish", async () => {
    const reviewer = { staffId: (await makeStaff(t.db, { role: "reviewer" })).id, role: "reviewer" as const };
    await saveContentDraft({ db: t.db, key, body: edited("审核员"), staffId: alice.staffId });
    await expect(publishContentDraft({ db: t.db, key, staff: reviewer, mode: "off", expectedBody: edited("审核员") })).rejects.toMatchObject({ code: "content.notEditor" });
    await discardContentDraft({ db: t.db, key, staffId: alice.staffId });
  });

  it("rolls back to an earlier version as a new version, and to the shipped file", async () => {
    expect(await rollBackContent({ db: t.db, key, toNumber: 1, staffId: alice.staffId })).toEqual({ number: 3 });
    expect(await readContentText({ db: t.db, key })).toBe(edited("草稿一"));
    await expect(rollBackContent({ db: t.db, key, toNumber: 1, staffId: alice.staffId })).rejects.toMatchObject({ code: "content.alreadyCurrent" });
    await expect(rollBackContent({ db: t.db, key, toNumber: 99, staffId: alice.staffId })).rejects.toMatchObject({ code: "content.versionNotFound" });
    expect(await rollBackContent({ db: t.db, key, toNumber: null, staffId: bob.staffId })).toEqual({ number: 4 });
    expect(await readContentText({ db: t.db, key })).toBe(shipped);
    expect(await getPublishedContent({ db: t.db, key })).toBeNull();
    const history = await listContentVersions({ db: t.db, key });
    expect(history.map((v) => [v.number, v.kind, v.hasBody, v.note])).toEqual([
      [4, "revert-to-file", false, null],
      [3, "rollback", true, "#1"],
      [2, "edit", true, null],
      [1, "edit", true, "复核通过"],
    ]);
    expect(await getContentVersion({ db: t.db, key, number: 3 })).toMatchObject({ version: { body: edited("草稿一") }, previous: { number: 2, body: edited("草稿二") } });
    expect(await getContentVersion({ db: t.db, key, number: 1 })).toMatchObject({ previous: null });
    expect((await audits("content.rollback")).map((a) => a.actor)).toEqual([`staff:${alice.staffId}`, `staff:${bob.staffId}`]);
  });

  it("keeps a text published before versions existed as a version of its own", async () => {
    const legacyKey: ContentKey = { kind: "outcomes", id: "E-R1" };
    const old = `${(await readShippedContent(legacyKey)).trimEnd()}\n\n旧的修改\n`;
    await t.db.contentOverride.create({ data: { key: "outcomes/E-R1", body: old, updatedBy: alice.staffId } });
    await saveContentDraft({ db: t.db, key: legacyKey, body: `${old}新的\n`, staffId: bob.staffId });
    expect(await publishContentDraft({ db: t.db, key: legacyKey, staff: bob, mode: "off", expectedBody: `${old}新的\n` })).toEqual({ number: 2 });
    const history = await listContentVersions({ db: t.db, key: legacyKey });
    expect(history.map((v) => [v.number, v.authorName])).toEqual([
      [2, "bob-admin"],
      [1, "alice-editor"],
    ]);
    expect(await rollBackContent({ db: t.db, key: legacyKey, toNumber: 1, staffId: bob.staffId })).toEqual({ number: 3 });
    expect(await readContentText({ db: t.db, key: legacyKey })).toBe(old);
  });

  it("discards a draft without touching what users see", async () => {
    await saveContentDraft({ db: t.db, key, body: edited("不要了"), staffId: alice.staffId });
    await discardContentDraft({ db: t.db, key, staffId: alice.staffId });
    expect(await getContentDraft({ db: t.db, key })).toBeNull();
    expect(await readContentText({ db: t.db, key })).toBe(shipped);
    expect(await audits("content.discard")).toHaveLength(2);
  });
});
