import { describe, expect, it } from "vitest";
import { returnPathFrom } from "./return-path";

const host = "assist.example.gov.cn";
const origin = `https://${host}`;

describe("returnPathFrom", () => {
  it("returns to the page of this site the switch was pressed on, query included", () => {
    expect(returnPathFrom(`${origin}/guide/journey/log-in-legal`, host)).toBe("/guide/journey/log-in-legal");
    expect(returnPathFrom(`${origin}/login/legal?next=%2Fguide%2Fjourney%2Fverify-legal`, host)).toBe(
      "/login/legal?next=%2Fguide%2Fjourney%2Fverify-legal",
    );
  });

  it("goes home for another site, a missing or broken referrer, or a path it cannot trust", () => {
    expect(returnPathFrom("https://evil.example/guide", host)).toBe("/");
    expect(returnPathFrom(null, host)).toBe("/");
    expect(returnPathFrom("not a url", host)).toBe("/");
    expect(returnPathFrom(`${origin}//evil.example/x`, host)).toBe("/");
  });
});
