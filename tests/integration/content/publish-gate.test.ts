// The publish gate renders a text on every page that shows it, with the guide's real components
// and each outcome's data (the staff preview's render path), on a real database (the pages read the
// published texts). A draft that compiles on its own can still show nothing, or fail, for one
// outcome: that outcome is named in the refusal. Next's request scope does not exist in vitest, so
// getTranslations reads the real zh-CN catalogue directly.
import { createTranslator } from "next-intl";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GUIDE_GATE_RENDERER } from "@/components/staff-content/gate-renderer";
import { problemWords } from "@/components/staff-content/problem-words";
import { checkContent } from "@/lib/content/check-content";
import type { GateRenderer } from "@/lib/content/check-renderings";
import { readShippedContent } from "@/lib/content/content-file";
import { allContentKeys, type ContentKey, contentKeyText } from "@/lib/content/content-keys";
import { answersOf, fieldsFromSource } from "@/lib/content/content-fields";
import { outcomesUsing } from "@/lib/content/content-usage";
import { saveContentEdit } from "@/lib/content/save-content-edit";
import { getContentDraft } from "@/lib/db/content/get-content-draft";
import messages from "@/messages/zh-CN";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff } from "../staff/factories";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "zh-CN", messages, namespace: namespace as never }),
  getLocale: async () => "zh-CN",
}));

const t = createTranslator({ locale: "zh-CN", messages, namespace: "contentEditor" }) as unknown as (key: string, values?: Record<string, string | number>) => string;
const overview: ContentKey = { kind: "steps", id: "overview" };
const logIn: ContentKey = { kind: "steps", id: "log-in-legal" };
const fieldsOf = async (key: ContentKey) => fieldsFromSource(key, await readShippedContent(key));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  // The pages read published texts through the shared client, built from DATABASE_URL on first use.
  process.env.DATABASE_URL = db.url;
});
afterAll(() => db.drop());

describe("the publish gate renders every outcome that shows a text", () => {
  it("passes a good draft of the most-used step and names the 13 outcomes it rendered", async () => {
    const fields = await fieldsOf(overview);
    const timed = async () => {
      const started = performance.now();
      return { check: await checkContent(overview, fields, GUIDE_GATE_RENDERER), took: Math.round(performance.now() - started) };
    };
    // The first check also loads the modules the pages use; a publish on a running server is the second.
    const [first, second] = [await timed(), await timed()];
    expect(second.check).toEqual({ errors: [], warnings: [], outcomes: outcomesUsing(overview) });
    expect(second.check.outcomes).toHaveLength(13);
    console.info(`publish gate for steps/overview (13 outcomes): first ${first.took} ms, then ${second.took} ms`);
  });

  it("passes every shipped text on every page that shows it", async () => {
    for (const key of allContentKeys()) {
      const check = await checkContent(key, await fieldsOf(key), GUIDE_GATE_RENDERER);
      expect({ key: contentKeyText(key), ...check }).toEqual({ key: contentKeyText(key), errors: [], warnings: [], outcomes: outcomesUsing(key) });
    }
  });

  it("refuses a draft that compiles but shows nothing for the outcome without a login name (CONFLICT)", async () => {
    // The login-name box shows the name or its description and the window; CONFLICT has neither.
    const fields = { ...(await fieldsOf(overview)), body: "<LoginNameBox />\n" };
    const check = await checkContent(overview, fields, GUIDE_GATE_RENDERER);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([{ field: "body", code: "renderEmpty", values: { outcome: "CONFLICT" } }]);
    expect(problemWords(t, check.warnings[0])).toMatch(/^在「CONFLICT」情况下无法显示：/);
  });

  it("refuses to publish, naming the outcome, when a page fails to render for one outcome", async () => {
    // A component registry for this test only: the page of E-R3 fails as a broken component would.
    function Broken(): null {
      throw new Error("component failed");
    }
    const failing: GateRenderer = { ...GUIDE_GATE_RENDERER, page: (key, outcome, source) => (outcome === "E-R3" ? createElement(Broken) : GUIDE_GATE_RENDERER.page(key, outcome, source)) };
    const editor = { staffId: (await makeStaff(db.db, { role: "editor" })).id, role: "editor" as const };
    const fields = await fieldsOf(logIn);
    fields.body += "\n\n补充说明。\n";
    const publish = await saveContentEdit({ db: db.db, key: logIn, fields, intent: "publish", staff: editor, mode: "off", renderer: failing });
    expect(publish).toEqual({ status: "refused", stage: "publish", problems: [{ field: "body", code: "renderFailed", values: { outcome: "E-R3" } }] });
    expect(problemWords(t, publish.status === "refused" ? publish.problems[0] : { field: "body", code: "invalid" })).toMatch(/^在「E-R3」情况下无法显示：/);
    // The draft itself is kept: only publishing is refused.
    expect(await saveContentEdit({ db: db.db, key: logIn, fields, intent: "draft", staff: editor, mode: "off", renderer: failing })).toEqual({ status: "saved", submitted: false });
    expect(await getContentDraft({ db: db.db, key: logIn })).not.toBeNull();
  });
});

describe("every answer of the flow stays choosable", () => {
  it("refuses a draft missing one answer's label, in Chinese beside that answer", async () => {
    const fields = await fieldsOf(logIn);
    const check = await checkContent(logIn, { ...fields, choices: { ...fields.choices, forgot: " " } }, GUIDE_GATE_RENDERER);
    expect(check.errors).toEqual([{ field: "choices.forgot", code: "required" }]);
    expect(problemWords(t, check.errors[0], answersOf(logIn))).toBe("请填写第 3 个选项的文字。");
  });

  it("refuses a page that no longer offers an answer which leads somewhere, for the outcomes that take it", async () => {
    // A renderer whose step page offers only the first answer: the flow's other two become unreachable.
    const onlyFirst: GateRenderer = {
      page: () => createElement("main", null, "正文", createElement("input", { id: "a", type: "radio", value: "ok" }), createElement("label", { htmlFor: "a" }, "能登录")),
      mainText: (_key, page) => (page.children.length > 0 ? "正文" : ""),
    };
    const check = await checkContent(logIn, await fieldsOf(logIn), onlyFirst);
    const using = outcomesUsing(logIn).join("、");
    expect(check.warnings).toEqual([
      { field: "choices.refused", code: "answerUnreachable", values: { outcome: using } },
      { field: "choices.forgot", code: "answerUnreachable", values: { outcome: using } },
    ]);
    expect(problemWords(t, check.warnings[0], answersOf(logIn))).toMatch(/^在「E-/);
  });
});
