import { describe, expect, it } from "vitest";
import { clientFromForwardedFor } from "./request-client";

describe("clientFromForwardedFor", () => {
  it("takes the entry the nearest proxy appended", () => {
    expect(clientFromForwardedFor("1.2.3.4, 10.0.0.9")).toBe("10.0.0.9");
    expect(clientFromForwardedFor("::1")).toBe("::1");
  });
  it("answers unknown for missing or odd values", () => {
    expect(clientFromForwardedFor(null)).toBe("unknown");
    expect(clientFromForwardedFor("")).toBe("unknown");
    expect(clientFromForwardedFor("<script>")).toBe("unknown");
  });
});
