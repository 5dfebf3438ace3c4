import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { usccCheckCharacter, USCC_ALPHABET } from "@/lib/identifiers";
import { checkTorchRow } from "./torch-row";

const MD5 = "md5:0123456789abcdef0123456789abcdef";
const row = (over: Partial<Record<string, string>> = {}) => ({
  kind: "enterprise",
  username: "91110108MA01ET88XL",
  password_hash: MD5,
  display_name: "北京某某科技有限公司",
  contact_mobile: "",
  ...over,
});

describe("checkTorchRow", () => {
  it("normalises identifiers: full-width, lower-case USCC, +86 mobiles", () => {
    const enterprise = checkTorchRow(row({ username: " ９１１１０１０８ma01et88xl ", contact_mobile: "+86 138-0013-8000" }));
    expect(enterprise).toEqual({
      ok: true,
      warnings: [],
      value: {
        kind: "enterprise",
        username: "91110108MA01ET88XL",
        passwordHash: MD5,
        displayName: "北京某某科技有限公司",
        contactMobile: "13800138000",
        checkWarning: false,
      },
    });
    const personal = checkTorchRow(row({ kind: "personal", username: "８６13800138001" }));
    expect(personal.ok && personal.value.username).toBe("13800138001");
  });

  it("accepts a USCC with a wrong check character, with a warning and the flag set", () => {
    const checked = checkTorchRow(row({ username: "91110108MA01ET88XA" }));
    expect(checked.ok && checked.value.checkWarning).toBe(true);
    expect(checked.ok && checked.warnings[0]).toMatch(/check character/);
  });

  it("accepts the three hash formats and refuses anything else", () => {
    const sha = `sha256:s4lt:${"a".repeat(64)}`;
    const argon = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$" + "A".repeat(43);
    expect(checkTorchRow(row({ password_hash: sha })).ok).toBe(true);
    expect(checkTorchRow(row({ password_hash: argon })).ok).toBe(true);
    for (const bad of ["", "md5:xyz", "plain-password", `sha1:${"a".repeat(40)}`]) {
      const checked = checkTorchRow(row({ password_hash: bad }));
      expect(checked).toMatchObject({ ok: false, message: expect.stringMatching(/^password_hash /) });
    }
  });

  it("names every bad column, and a username that does not fit the kind", () => {
    const checked = checkTorchRow(row({ kind: "company", username: "123", display_name: " " }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.message).toMatch(/kind must be "enterprise" or "personal"/);
      expect(checked.message).toMatch(/username is neither a USCC/);
      expect(checked.message).toMatch(/display_name is required/);
    }
    expect(checkTorchRow(row({ kind: "personal" }))).toEqual({ ok: false, message: "username must be a mobile number for kind personal" });
    expect(checkTorchRow(row({ username: "13800138000" }))).toEqual({ ok: false, message: "username must be a USCC for kind enterprise" });
    expect(checkTorchRow(row({ contact_mobile: "010-88659000" }))).toMatchObject({ ok: false, message: expect.stringMatching(/^contact_mobile /) });
    expect(checkTorchRow(row({ display_name: "two\nlines" }))).toMatchObject({ ok: false, message: expect.stringMatching(/line break/) });
  });

  it("accepts every well-formed USCC, warning exactly when the check character is wrong", () => {
    const char = fc.constantFrom(...USCC_ALPHABET.split(""));
    fc.assert(
      fc.property(fc.array(char, { minLength: 18, maxLength: 18 }), (chars) => {
        const code = chars.join("");
        const checked = checkTorchRow(row({ username: code.toLowerCase() }));
        expect(checked.ok).toBe(true);
        if (checked.ok) {
          expect(checked.value.username).toBe(code);
          expect(checked.value.checkWarning).toBe(usccCheckCharacter(code.slice(0, 17)) !== code[17]);
          expect(checked.warnings.length).toBe(checked.value.checkWarning ? 1 : 0);
        }
      }),
    );
  });
});

describe("checkTorchRow and control characters", () => {
  it("refuses a NUL or line break in any stored text (PostgreSQL cannot store NUL)", () => {
    expect(checkTorchRow(row({ password_hash: `sha256:a\u0000b:${"a".repeat(64)}` }))).toMatchObject({ ok: false, message: "password_hash contains a control character" });
    expect(checkTorchRow(row({ display_name: "a\u0000b" }))).toMatchObject({ ok: false });
  });
});
