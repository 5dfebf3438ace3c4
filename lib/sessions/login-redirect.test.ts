import { describe, expect, it } from "vitest";
import { loginPathFor } from "./login-redirect";

describe("loginPathFor", () => {
  it("says 请先登录 to a browser without a session cookie, 登录已过期 only to one whose session ended", () => {
    expect(loginPathFor({ hadSessionCookie: false, next: "/account" })).toBe("/login?notice=loginToContinue&next=%2Faccount");
    expect(loginPathFor({ hadSessionCookie: true, next: "/account" })).toBe("/login?notice=sessionEnded&next=%2Faccount");
    expect(loginPathFor({ hadSessionCookie: false })).toBe("/login?notice=loginToContinue");
  });

  it("drops a next that is not a path of this site", () => {
    expect(loginPathFor({ hadSessionCookie: false, next: "//evil.example/x" })).toBe("/login?notice=loginToContinue");
  });
});
