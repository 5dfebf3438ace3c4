import { describe, expect, it } from "vitest";
import { keyedHash, openBytes, openText, sealBytes, sealText } from "./seal";
import { changeOneCharacter } from "@/tests/support/tamper";

process.env.DATA_KEY = "11".repeat(32);

describe("sealText / openText", () => {
  it("round-trips and never shows the plain text", () => {
    const sealed = sealText("110101199003074514");
    expect(sealed).not.toContain("110101199003074514");
    expect(openText(sealed)).toBe("110101199003074514");
  });

  it("uses a fresh nonce each time", () => {
    expect(sealText("same")).not.toBe(sealText("same"));
  });

  it("refuses a tampered value", () => {
    const sealed = sealText("secret");
    const tampered = changeOneCharacter(sealed);
    expect(() => openText(tampered)).toThrow();
  });
});

describe("sealBytes / openBytes", () => {
  it("round-trips binary data", () => {
    const data = Buffer.from([0, 1, 2, 255, 254]);
    expect(openBytes(sealBytes(data)).equals(data)).toBe(true);
  });
});

describe("keyedHash", () => {
  it("is stable and depends on the input", () => {
    expect(keyedHash("a")).toBe(keyedHash("a"));
    expect(keyedHash("a")).not.toBe(keyedHash("b"));
    expect(keyedHash("a")).toMatch(/^[0-9a-f]{64}$/);
  });
});
