import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "./env";

afterEach(() => {
  delete process.env.PLATFORM_URL;
  resetEnvCache();
});

describe("PLATFORM_URL", () => {
  it("defaults to the ministry's platform", () => {
    delete process.env.PLATFORM_URL;
    resetEnvCache();
    expect(env().PLATFORM_URL).toBe("https://fuwu.most.gov.cn");
  });

  it("takes another http(s) address", () => {
    process.env.PLATFORM_URL = "https://fuwu-test.most.gov.cn/portal";
    resetEnvCache();
    expect(env().PLATFORM_URL).toBe("https://fuwu-test.most.gov.cn/portal");
  });

  it.each(["fuwu.most.gov.cn", "ftp://fuwu.most.gov.cn", "javascript:alert(1)"])("refuses %s with a message naming the variable", (value) => {
    process.env.PLATFORM_URL = value;
    resetEnvCache();
    expect(() => env()).toThrow(/PLATFORM_URL/);
  });
});
