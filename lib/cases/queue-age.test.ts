import { describe, expect, it } from "vitest";
import { queueAge } from "./queue-age";

const now = new Date("2026-11-29T08:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("queueAge", () => {
  it("uses minutes under an hour, hours under two days, then days", () => {
    expect(queueAge(ago(0), now)).toEqual({ unit: "minutes", count: 0 });
    expect(queueAge(ago(59), now)).toEqual({ unit: "minutes", count: 59 });
    expect(queueAge(ago(60), now)).toEqual({ unit: "hours", count: 1 });
    expect(queueAge(ago(47 * 60 + 59), now)).toEqual({ unit: "hours", count: 47 });
    expect(queueAge(ago(48 * 60), now)).toEqual({ unit: "days", count: 2 });
  });
  it("never shows a negative age for a clock slightly ahead", () => {
    expect(queueAge(new Date(now.getTime() + 5000), now)).toEqual({ unit: "minutes", count: 0 });
  });
});
