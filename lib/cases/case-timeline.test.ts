import { describe, expect, it } from "vitest";
import { mergeCaseTimeline } from "./case-timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 8, minute));

describe("mergeCaseTimeline", () => {
  it("puts status and audit events in time order, names staff and drops repeats", () => {
    const timeline = mergeCaseTimeline(
      [
        { id: 1, at: at(0), kind: "opened", actor: "applicant", note: null },
        { id: 2, at: at(5), kind: "viewed", actor: "staff:7", note: null },
        { id: 3, at: at(9), kind: "rejected", actor: "staff:7", note: "照片模糊" },
      ],
      [
        { id: 10, at: at(0), type: "case.open", actor: "account:3", result: "success", detail: '{"reference":"SQ1"}' },
        { id: 11, at: at(0), type: "document.upload", actor: "account:3", result: "success", detail: '{"reference":"SQ1","slot":"id-front"}' },
        { id: 12, at: at(5), type: "case.view", actor: "staff:7", result: "success", detail: '{"reference":"SQ1"}' },
        { id: 13, at: at(6), type: "document.view", actor: "staff:8", result: "failure", detail: '{"reference":"SQ1","reason":"notViewed"}' },
        { id: 14, at: at(8), type: "case.decide", actor: "staff:8", result: "failure", detail: '{"reference":"SQ1","reason":"case.notReviewer"}' },
        { id: 15, at: at(9), type: "case.decide", actor: "staff:7", result: "success", detail: '{"reference":"SQ1"}' },
      ],
      new Map([[7, "审核员甲"]]),
    );
    expect(timeline.map((entry) => entry.what)).toEqual(["opened", "document.upload", "viewed", "case.view", "document.view", "case.decide", "rejected"]);
    expect(timeline[1]).toMatchObject({ actor: { kind: "account" }, note: "id-front", result: "success" });
    expect(timeline[2].actor).toEqual({ kind: "staff", name: "审核员甲" });
    expect(timeline[4]).toMatchObject({ actor: { kind: "staff", name: null }, result: "failure", note: "notViewed" });
    expect(timeline[6]).toMatchObject({ source: "case", note: "照片模糊" });
  });
  it("survives an audit detail that is not JSON", () => {
    const [entry] = mergeCaseTimeline([], [{ id: 1, at: at(1), type: "document.purge", actor: "system", result: "success", detail: "{" }], new Map());
    expect(entry).toMatchObject({ note: null, actor: { kind: "system" } });
  });
});
