import { describe, expect, it } from "vitest";
import { isSameOriginPost } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOriginPost", () => {
  it("accepts our own pages and refuses other sites", () => {
    expect(isSameOriginPost(headers({ host: "fuwu.example", origin: "https://fuwu.example", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginPost(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "fuwu.example", origin: "https://fuwu.example" }))).toBe(true);
    expect(isSameOriginPost(headers({ host: "fuwu.example", origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginPost(headers({ host: "fuwu.example", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ host: "fuwu.example", "sec-fetch-site": "same-site", origin: "https://sub.fuwu.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ host: "fuwu.example" }))).toBe(false);
    expect(isSameOriginPost(headers({ host: "fuwu.example", origin: "null" }))).toBe(false);
  });
});
