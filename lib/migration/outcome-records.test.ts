// The one record per outcome agrees with domain.md §3: the window to log in at now is the
// journey's window, personal outcomes are the P- ones, and only the source's exceptions differ.
import { describe, expect, it } from "vitest";
import { OUTCOME_CODES, OUTCOMES, WINDOW_BY_OUTCOME } from "./outcomes";

describe("OUTCOMES", () => {
  it.each(OUTCOME_CODES)("%s: logging in now happens at the journey's window", (code) => {
    const record = OUTCOMES[code];
    if (record.loginWindow) expect(record.journeyWindow).toBe(record.loginWindow);
    expect(WINDOW_BY_OUTCOME[code]).toBe(record.loginWindow);
    expect(record.kind).toBe(code.startsWith("P-") ? "personal" : "enterprise");
  });

  it("sends the unregistered to register, P-R4 to appeal, CONFLICT to the phone, the rest to log in", () => {
    const firstActions = Object.fromEntries(OUTCOME_CODES.map((code) => [code, OUTCOMES[code].firstAction]));
    expect(firstActions).toEqual({
      "E-U1": "register", "E-U2": "log-in", "E-R1": "log-in", "E-R2": "log-in", "E-R3": "log-in", "E-R4": "log-in",
      "P-U1": "register", "P-U2": "log-in", "P-R1": "log-in", "P-R2": "log-in", "P-R3": "log-in", "P-R4": "appeal",
      CONFLICT: "call-support",
    });
  });

  it("gives only E-R4 the authorisation step, and E-R4 the legal person's natural account", () => {
    expect(OUTCOME_CODES.filter((code) => OUTCOMES[code].afterVerified === "authorisation")).toEqual(["E-R4"]);
    expect(OUTCOMES["E-R4"]).toMatchObject({ kind: "enterprise", loginWindow: "natural", journeyWindow: "natural" });
  });
});
