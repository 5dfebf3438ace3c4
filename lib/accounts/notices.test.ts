import { describe, expect, it } from "vitest";
import { loginNotice, safeNextPath } from "./notices";

describe("loginNotice", () => {
  it("knows only its own notices", () => {
    expect(loginNotice("registered")).toBe("registered");
    expect(loginNotice("<b>")).toBeNull();
    expect(loginNotice(["registered"])).toBeNull();
  });
});

describe("safeNextPath", () => {
  it("keeps paths of this site", () => {
    expect(safeNextPath("/services/gaoqi")).toBe("/services/gaoqi");
    expect(safeNextPath("/services/gaoqi?org=91110108MA01ET88XL")).toBe("/services/gaoqi?org=91110108MA01ET88XL");
  });
  it("refuses other sites and odd values", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "services", "/a b"]) {
      expect(safeNextPath(bad)).toBeNull();
    }
    expect(safeNextPath(undefined)).toBeNull();
  });
});
