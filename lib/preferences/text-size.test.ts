import { describe, expect, it } from "vitest";
import { returnPathFrom } from "./return-path";
import { textSizeClass, textSizeFormSchema, textSizeOf } from "./text-size";

describe("text size preference", () => {
  it("is large only when the cookie says so", () => {
    expect(textSizeOf("large")).toBe("large");
    for (const value of [undefined, "", "standard", "huge", "LARGE"]) expect(textSizeOf(value)).toBe("standard");
    expect(textSizeClass("large")).toBe("text-large");
    expect(textSizeClass("standard")).toBeUndefined();
  });

  it("accepts only the two sizes from the form", () => {
    expect(textSizeFormSchema.safeParse({ textSize: "large" }).success).toBe(true);
    expect(textSizeFormSchema.safeParse({ textSize: "200%" }).success).toBe(false);
    expect(textSizeFormSchema.safeParse({}).success).toBe(false);
  });

  it("returns to the path the form was posted from, on this site only", () => {
    expect(returnPathFrom("http://127.0.0.1:3000/guide/journey/log-in-legal?x=1")).toBe("/guide/journey/log-in-legal?x=1");
    // Only the path is kept: a foreign Referer cannot send the browser to another site.
    expect(returnPathFrom("https://evil.example/faq")).toBe("/faq");
    expect(returnPathFrom("https://evil.example//evil.example/x")).toBe("/");
    expect(returnPathFrom(null)).toBe("/");
    expect(returnPathFrom("not a url")).toBe("/");
  });
});
