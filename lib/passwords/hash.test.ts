import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, isSupportedHashFormat, needsRehash, verifyPassword } from "./hash";

const md5 = (s: string) => `md5:${createHash("md5").update(s, "utf8").digest("hex")}`;
const sha256 = (salt: string, s: string) => `sha256:${salt}:${createHash("sha256").update(salt + s, "utf8").digest("hex")}`;

describe("verifyPassword", () => {
  it("verifies Torch's unsalted MD5", async () => {
    expect(await verifyPassword(md5("火炬Pass1"), "火炬Pass1")).toBe(true);
    expect(await verifyPassword(md5("火炬Pass1"), "火炬Pass2")).toBe(false);
  });

  it("verifies salted SHA-256, also with a colon inside the salt", async () => {
    expect(await verifyPassword(sha256("s4lt", "Secret#1"), "Secret#1")).toBe(true);
    expect(await verifyPassword(sha256("a:b", "Secret#1"), "Secret#1")).toBe(true);
    expect(await verifyPassword(sha256("s4lt", "Secret#1"), "Secret#2")).toBe(false);
  });

  it("round-trips argon2id", async () => {
    const stored = await hashPassword("Torch#Move2026");
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(stored, "Torch#Move2026")).toBe(true);
    expect(await verifyPassword(stored, "torch#move2026")).toBe(false);
  });

  it("answers no, without throwing, for an unknown format", async () => {
    expect(await verifyPassword("plain:secret", "secret")).toBe(false);
    expect(await verifyPassword("", "")).toBe(false);
  });
});

describe("isSupportedHashFormat and needsRehash", () => {
  it("recognises the three formats and nothing else", async () => {
    expect(isSupportedHashFormat(md5("x"))).toBe(true);
    expect(isSupportedHashFormat(sha256("s", "x"))).toBe(true);
    expect(isSupportedHashFormat(await hashPassword("x"))).toBe(true);
    expect(isSupportedHashFormat("md5:xyz")).toBe(false);
    expect(isSupportedHashFormat("$2b$10$abcdefghijklmnopqrstuv")).toBe(false);
  });

  it("asks to rehash carried-over and weak hashes only", async () => {
    expect(needsRehash(md5("x"))).toBe(true);
    expect(needsRehash(sha256("s", "x"))).toBe(true);
    expect(needsRehash(await hashPassword("x"))).toBe(false);
    expect(needsRehash("$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")).toBe(true);
  });
});
