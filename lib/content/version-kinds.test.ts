import { describe, expect, it } from "vitest";
import { rollbackNote, rollbackSource } from "./version-kinds";

describe("rollback notes", () => {
  it("round-trips the version a rollback brought back, and ignores any other note", () => {
    expect(rollbackSource(rollbackNote(12))).toBe(12);
    expect(rollbackSource("修改了电话号码")).toBeNull();
    expect(rollbackSource(null)).toBeNull();
  });
});
