import { describe, expect, it } from "vitest";
import { afterPasswordReset, afterRegistration, withNext } from "./return-to";

const step = "/guide/journey/log-in-legal";

describe("withNext", () => {
  it("carries a path of this site, with the right separator", () => {
    expect(withNext("/login/legal", step)).toBe("/login/legal?next=%2Fguide%2Fjourney%2Flog-in-legal");
    expect(withNext("/login/legal?notice=registered", step)).toBe("/login/legal?notice=registered&next=%2Fguide%2Fjourney%2Flog-in-legal");
  });

  it("leaves the path alone without a next, or with one that leads elsewhere", () => {
    expect(withNext("/recovery", null)).toBe("/recovery");
    expect(withNext("/recovery", undefined)).toBe("/recovery");
    for (const bad of ["//evil.example", "https://evil.example", "javascript:alert(1)", "/a b"]) expect(withNext("/recovery", bad)).toBe("/recovery");
  });
});

describe("where a platform action ends", () => {
  it("registration: the login window of the new account, saying it was registered, then back to the step", () => {
    expect(afterRegistration("natural", "/guide/journey/register-natural")).toBe(
      "/login/natural?notice=registered&next=%2Fguide%2Fjourney%2Fregister-natural",
    );
    expect(afterRegistration("legal", null)).toBe("/login/legal?notice=registered");
  });

  it("password reset: the done page, whose 确定并跳转至政务服务平台 keeps the way back", () => {
    expect(afterPasswordReset("legal", "/guide/journey/reset-legal")).toBe("/recovery/reset/legal/done?next=%2Fguide%2Fjourney%2Freset-legal");
    expect(afterPasswordReset("natural", "//evil.example")).toBe("/recovery/reset/natural/done");
  });
});
