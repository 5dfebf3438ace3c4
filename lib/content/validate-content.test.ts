import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentKey } from "./content-keys";
import { validateContentSource } from "./validate-content";

const shipped = (key: ContentKey) => readFileSync(path.join(process.cwd(), "content", "zh-CN", key.kind, `${key.id}.mdx`), "utf8");
const step: ContentKey = { kind: "steps", id: "log-in-legal" };
const outcome: ContentKey = { kind: "outcomes", id: "E-R1" };

describe("validateContentSource", () => {
  it("accepts the shipped texts", async () => {
    expect(await validateContentSource(step, shipped(step))).toEqual({ ok: true });
    expect(await validateContentSource(outcome, shipped(outcome))).toEqual({ ok: true });
  });

  it("accepts an edited body and title", async () => {
    const edited = shipped(step).replace(/^title: .*$/m, "title: 在法人登录窗口登录（已修订）") + "\n\n新增的一段说明。\n";
    expect(await validateContentSource(step, edited)).toEqual({ ok: true });
  });

  it("refuses empty and oversized texts", async () => {
    expect(await validateContentSource(step, "  \n")).toMatchObject({ ok: false, reason: "empty" });
    expect(await validateContentSource(step, "x".repeat(20_001))).toMatchObject({ ok: false, reason: "tooLong" });
  });

  it("refuses frontmatter that breaks the page, with the reason", async () => {
    const noTitle = shipped(outcome).replace(/^title: .*\n/m, "");
    expect(await validateContentSource(outcome, noTitle)).toMatchObject({ ok: false, reason: "invalid", detail: expect.stringContaining("title") });
  });

  it("refuses a step whose answers no longer match the flow", async () => {
    // log-in-legal asks "登录结果如何？" with the flow's answers ok / refused / forgot.
    const renamed = shipped(step).replace(/^  refused:/m, "  declined:");
    expect(await validateContentSource(step, renamed)).toMatchObject({ ok: false, reason: "invalid", detail: expect.stringContaining("choices") });
  });

  it("refuses broken MDX syntax", async () => {
    const broken = `${shipped(step)}\n\n<Callout>unclosed\n`;
    expect(await validateContentSource(step, broken)).toMatchObject({ ok: false, reason: "invalid" });
  });
});
