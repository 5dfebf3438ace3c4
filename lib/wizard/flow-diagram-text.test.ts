import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "./flow-diagram-text";

describe("textWidth", () => {
  it("counts Chinese characters and full-width punctuation as a whole em, Latin as less", () => {
    expect(textWidth("法人登录")).toBe(4);
    expect(textWidth("「」，“”")).toBe(5);
    expect(textWidth("E-U1")).toBeCloseTo(4 * 0.62);
  });
});

describe("wrapText", () => {
  it("keeps every character, in order, in lines no wider than asked", () => {
    const text = "通过“单位法人用户申诉找回密码”找回账号";
    const lines = wrapText(text, 6);
    expect(lines.join("")).toBe(text);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(7); // one held punctuation mark at most
  });

  it("never starts a line with closing punctuation nor ends one with an opening mark", () => {
    for (const width of [3, 4, 5, 6, 7, 8, 9]) {
      const lines = wrapText("「无法重置（例如预留手机号已不再使用，或不知道登录名）」或「忘记了密码」", width);
      for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、：；！？）」』”’]/u);
      for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[（「『“‘]$/u);
    }
  });

  it("keeps a Latin word or number whole, and drops spaces at a break", () => {
    // "·" stays with what it follows, even one em over.
    expect(wrapText("查看 123456 · 完成 7", 5)).toEqual(["查看", "123456 ·", "完成 7"]);
    expect(wrapText("短", 10)).toEqual(["短"]);
    expect(wrapText("   ", 10)).toEqual([]);
  });
});
