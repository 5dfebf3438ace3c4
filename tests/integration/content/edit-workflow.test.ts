// One post of the editor form end to end on a real database: the gate refuses a broken text before
// anything is stored, refuses to publish what the sanitiser would drop (the draft is kept, the live
// text untouched), publishes a clean text, and a rollback passes the same gate.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GUIDE_GATE_RENDERER as renderer } from "@/components/staff-content/gate-renderer";
import { readContentText, readShippedContent } from "@/lib/content/content-file";
import type { ContentKey } from "@/lib/content/content-keys";
import { fieldsFromSource } from "@/lib/content/content-fields";
import { rollBackText } from "@/lib/content/roll-back-text";
import { saveContentEdit } from "@/lib/content/save-content-edit";
import { getContentDraft } from "@/lib/db/content/get-content-draft";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import messages from "@/messages/zh-CN";
import { makeStaff } from "../staff/factories";

// The gate renders the guide's real pages: their words from the real catalogue (no request scope here).
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "zh-CN", messages, namespace: namespace as never }),
  getLocale: async () => "zh-CN",
}));

let t: TestDatabase;
let editor: { staffId: number; role: "editor" };
let second: { staffId: number; role: "editor" };
const key: ContentKey = { kind: "outcomes", id: "P-R3" };
let shipped: string;

beforeAll(async () => {
  t = await createTestDatabase();
  // The pages read published texts through the shared client, built from DATABASE_URL on first use.
  process.env.DATABASE_URL = t.url;
  editor = { staffId: (await makeStaff(t.db, { role: "editor" })).id, role: "editor" };
  second = { staffId: (await makeStaff(t.db, { role: "editor" })).id, role: "editor" };
  shipped = await readShippedContent(key);
});
afterAll(() => t.drop());

const edit = (change: (fields: ReturnType<typeof fieldsFromSource>) => void) => {
  const fields = fieldsFromSource(key, shipped);
  change(fields);
  return fields;
};

describe("saving and publishing from the editor", () => {
  it("stores nothing for a text that would break the page", async () => {
    const fields = edit((f) => (f.body += "\n\n<Callout>没有结束\n"));
    const result = await saveContentEdit({ db: t.db, key, fields, intent: "draft", staff: editor, mode: "off", renderer });
    expect(result).toMatchObject({ status: "refused", stage: "draft", problems: [{ field: "body", code: "syntax", values: { line: expect.any(Number) } }] });
    expect(await getContentDraft({ db: t.db, key })).toBeNull();
  });

  it("keeps the draft but refuses to publish what the sanitiser would remove", async () => {
    const fields = edit((f) => (f.body += "\n\n<script>alert(1)</script>\n"));
    const result = await saveContentEdit({ db: t.db, key, fields, intent: "publish", staff: editor, mode: "off", renderer });
    expect(result).toMatchObject({ status: "refused", stage: "publish", problems: [{ field: "body", code: "removed", detail: "script" }] });
    expect(await readContentText({ db: t.db, key })).toBe(shipped);
    // The draft is kept as it was before this post (none yet): a refused publish stores nothing.
    expect(await getContentDraft({ db: t.db, key })).toBeNull();
    expect(await saveContentEdit({ db: t.db, key, fields, intent: "draft", staff: editor, mode: "off", renderer })).toEqual({ status: "saved", submitted: false });
    expect((await getContentDraft({ db: t.db, key }))?.body).toContain("<script>");
  });

  it("refuses to publish the unchanged live text", async () => {
    const other: ContentKey = { kind: "outcomes", id: "P-R2" };
    const fields = fieldsFromSource(other, await readShippedContent(other));
    await expect(saveContentEdit({ db: t.db, key: other, fields, intent: "publish", staff: editor, mode: "off", renderer })).rejects.toMatchObject({ code: "content.nothingToPublish" });
  });

  it("with review required: the author submits, a second editor publishes the same text", async () => {
    const fields = edit((f) => (f.summary = "复核后发布的摘要。"));
    expect(await saveContentEdit({ db: t.db, key, fields, intent: "submit", staff: editor, mode: "required", renderer })).toEqual({ status: "saved", submitted: true });
    await expect(saveContentEdit({ db: t.db, key, fields, intent: "publish", staff: editor, mode: "required", renderer })).rejects.toMatchObject({ code: "content.ownDraft" });
    expect(await saveContentEdit({ db: t.db, key, fields, intent: "publish", staff: second, mode: "required", renderer })).toEqual({ status: "published", number: 1 });
    const refusals = await t.db.auditEvent.findMany({ where: { type: "content.publish", result: "failure" }, orderBy: { id: "asc" }, select: { actor: true, detail: true } });
    expect(refusals.map((event) => [event.actor, JSON.parse(event.detail ?? "{}").reason])).toEqual([
      [`staff:${editor.staffId}`, "gate"],
      [`staff:${editor.staffId}`, "content.ownDraft"],
    ]);
    expect(await readContentText({ db: t.db, key })).toContain("复核后发布的摘要。");
  });

  it("a second editor who changes the draft becomes its author and may not publish it", async () => {
    const fields = edit((f) => (f.summary = "第二次修改的摘要。"));
    await saveContentEdit({ db: t.db, key, fields, intent: "submit", staff: editor, mode: "required", renderer });
    const changed = { ...fields, summary: "复核人又改了一下。" };
    await expect(saveContentEdit({ db: t.db, key, fields: changed, intent: "publish", staff: second, mode: "required", renderer })).rejects.toMatchObject({ code: "content.ownDraft" });
    expect(await getContentDraft({ db: t.db, key })).toMatchObject({ updatedBy: second.staffId, body: expect.stringContaining("复核人又改了一下。") });
  });

  it("rolls back through the gate", async () => {
    expect(await rollBackText({ db: t.db, key, toNumber: null, staffId: editor.staffId, renderer })).toEqual({ status: "done", number: 2 });
    expect(await readContentText({ db: t.db, key })).toBe(shipped);
    expect(await rollBackText({ db: t.db, key, toNumber: 1, staffId: editor.staffId, renderer })).toEqual({ status: "done", number: 3 });
    await expect(rollBackText({ db: t.db, key, toNumber: 42, staffId: editor.staffId, renderer })).rejects.toMatchObject({ code: "content.versionNotFound" });
  });

  it("refuses a rollback to a text the gate would refuse today", async () => {
    const broken = `${shipped.trimEnd()}\n\n[坏链接](/no-such-page)\n`;
    const version = await t.db.contentVersion.create({ data: { key: "outcomes/P-R3", number: 4, body: broken, kind: "edit", authorId: editor.staffId, publishedBy: editor.staffId }, select: { number: true } });
    expect(await rollBackText({ db: t.db, key, toNumber: version.number, staffId: editor.staffId, renderer })).toMatchObject({ status: "refused", problems: [{ code: "brokenLink" }] });
  });
});
