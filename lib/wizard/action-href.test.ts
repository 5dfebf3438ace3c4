import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/accounts/notices";
import { actionHref, contentLinkHref } from "./action-href";
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

describe("contentLinkHref", () => {
  it("sends a link into the platform back to the step, as the step's action does", () => {
    expect(contentLinkHref("reset-legal", "/recovery/hint")).toBe("/recovery/hint?next=%2Fguide%2Fjourney%2Freset-legal");
    expect(contentLinkHref("reset-legal", "/recovery/status?kind=legal")).toBe("/recovery/status?kind=legal&next=%2Fguide%2Fjourney%2Freset-legal");
  });

  it("leaves the guide's own pages, fragments, other sites, phone numbers and a link that already has a way back", () => {
    for (const href of ["/guide/resume", "/guide", "#steps", "https://fuwu.most.gov.cn", "tel:010-88659000", "/recovery/hint?next=%2Fguide"]) {
      expect(contentLinkHref("reset-legal", href)).toBe(href);
    }
  });
});
