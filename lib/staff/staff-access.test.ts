import { describe, expect, it } from "vitest";
import { mayUse, navFor, STAFF_AREAS } from "./staff-access";
import { STAFF_ROLES } from "./staff-rules";

describe("the staff access matrix", () => {
  it("keeps decisions with reviewers and operations with admins", () => {
    expect(mayUse("reviewer", "caseDecision")).toBe(true);
    expect(mayUse("admin", "caseDecision")).toBe(false);
    expect(mayUse("admin", "caseSearch")).toBe(true);
    expect(mayUse("editor", "caseSearch")).toBe(false);
    for (const area of ["staff", "audit", "sms", "imports", "conflicts", "authorisations"] as const) {
      expect(STAFF_AREAS[area]).toEqual(["admin"]);
    }
  });
  it("gives every role the help code and a bar of exactly the pages it may open", () => {
    for (const role of STAFF_ROLES) expect(mayUse(role, "help")).toBe(true);
    expect(navFor("editor").map((item) => item.href)).toEqual(["/staff/help", "/staff/content", "/staff/flow"]);
    expect(navFor("reviewer").map((item) => item.href)).toEqual(["/staff", "/staff/cases", "/staff/help", "/staff/flow"]);
    expect(navFor("admin").map((item) => item.href)).not.toContain("/staff");
  });
});
