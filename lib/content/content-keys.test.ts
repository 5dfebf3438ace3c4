import { describe, expect, it } from "vitest";
import { OUTCOME_CODES } from "@/lib/migration/outcomes";
import { STEP_IDS } from "@/lib/wizard/steps";
import { allContentKeys, contentKeyText, parseContentKey } from "./content-keys";

describe("content keys", () => {
  it("lists every outcome page and every step once", () => {
    const texts = allContentKeys().map(contentKeyText);
    expect(new Set(texts).size).toBe(OUTCOME_CODES.length + STEP_IDS.length);
    expect(texts).toContain("outcomes/E-R4");
    expect(texts).toContain("steps/log-in-legal");
  });

  it("round-trips every key through its URL segments", () => {
    for (const key of allContentKeys()) expect(parseContentKey(key.kind, key.id)).toEqual(key);
  });

  it("refuses anything else, including paths that would leave the content folder", () => {
    for (const [kind, id] of [
      ["steps", "../../etc/passwd"],
      ["outcomes", "e-r1"],
      ["outcomes", "log-in-legal"],
      ["faq", "overview"],
      ["steps", ""],
    ]) {
      expect(parseContentKey(kind, id)).toBeNull();
    }
  });
});
