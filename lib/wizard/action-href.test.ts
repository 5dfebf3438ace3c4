import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/accounts/notices";
import { actionHref } from "./action-href";
import { FLOW } from "./flow";
import { STEP_IDS } from "./steps";

describe("actionHref", () => {
  it("sends the login back to the step it came from", () => {
    expect(actionHref("log-in-legal")).toBe("/login/legal?next=%2Fguide%2Fjourney%2Flog-in-legal");
  });

  it("leaves a phone number as it is and gives nothing for a step without an action", () => {
    expect(actionHref("call-support")).toBe("tel:010-88659000");
    expect(actionHref("overview")).toBeNull();
  });

  it.each(STEP_IDS.filter((id) => FLOW[id].action?.href.startsWith("/")))("%s: its next is one the login accepts", (step) => {
    const next = new URL(actionHref(step) as string, "http://x").searchParams.get("next");
    expect(safeNextPath(next)).toBe(`/guide/journey/${step}`);
  });
});
