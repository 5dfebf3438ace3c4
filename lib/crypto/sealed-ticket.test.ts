import { describe, expect, it } from "vitest";
import { openTicket, sealTicket } from "./sealed-ticket";
import { changeOneCharacter } from "@/tests/support/tamper";

process.env.DATA_KEY = "33".repeat(32);

const now = new Date("2026-11-29T03:00:00Z");

describe("sealed tickets", () => {
  it("round-trips a payload without showing it", () => {
    const sealed = sealTicket("reset", { loginNameKey: "zhangsan2020", mobile: "13800000001" }, 600, now);
    expect(sealed).not.toContain("zhangsan");
    expect(sealed).not.toContain("13800000001");
    expect(openTicket("reset", sealed, now)).toEqual({ loginNameKey: "zhangsan2020", mobile: "13800000001" });
  });

  it("refuses a ticket of another flow, an expired one and a tampered one", () => {
    const sealed = sealTicket("reset", { a: 1 }, 600, now);
    expect(openTicket("status", sealed, now)).toBeNull();
    expect(openTicket("reset", sealed, new Date(now.getTime() + 600_000))).toBeNull();
    expect(openTicket("reset", sealed, new Date(now.getTime() + 599_000))).toEqual({ a: 1 });
    const tampered = changeOneCharacter(sealed);
    expect(openTicket("reset", tampered, now)).toBeNull();
    for (const junk of [undefined, null, "", "v1.x.y.z", "x".repeat(5000)]) expect(openTicket("reset", junk, now)).toBeNull();
  });
});
