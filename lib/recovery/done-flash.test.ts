import { describe, expect, it } from "vitest";
import { openDoneFlash, sealDoneFlash } from "./done-flash";
import { changeOneCharacter } from "@/tests/support/tamper";

process.env.DATA_KEY ??= "33".repeat(32);

describe("recovery done flash", () => {
  const now = new Date("2026-12-04T08:00:00Z");
  it("opens for its own flow within ten minutes only", () => {
    const sealed = sealDoneFlash({ flow: "reset", window: "legal" }, now);
    expect(sealed).not.toContain("legal");
    expect(openDoneFlash(sealed, "reset", now)).toEqual({ flow: "reset", window: "legal" });
    expect(openDoneFlash(sealed, "set-password", now)).toBeNull();
    expect(openDoneFlash(sealed, "reset", new Date(now.getTime() + 601_000))).toBeNull();
  });

  it("refuses a cold visit, a forged value and another ticket kind", () => {
    expect(openDoneFlash(undefined, "reset", now)).toBeNull();
    expect(openDoneFlash("", "reset", now)).toBeNull();
    const sealed = sealDoneFlash({ flow: "set-password", window: "natural" }, now);
    expect(openDoneFlash(changeOneCharacter(sealed), "set-password", now)).toBeNull();
    expect(openDoneFlash(JSON.stringify({ flow: "reset", window: "legal" }), "reset", now)).toBeNull();
  });
});
