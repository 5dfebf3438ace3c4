import { describe, expect, it } from "vitest";
import { organisationCheck, organisationVerdictSchema, personCheck, personVerdictSchema } from "./http-identity-verdict";

const agent = { agentName: "王经办", agentMobile: "13900003333" };
const all = { found: true, nameMatches: true, legalRepNameMatches: true, legalRepIdMatches: true };

describe("verdicts of the HTTP identity source", () => {
  it("for a person: not found, name mismatch, or a pass; an unconfirmed name is no pass", () => {
    expect(personCheck({ found: false })).toEqual({ ok: false, failure: "id-not-found" });
    expect(personCheck({ found: true, nameMatches: false })).toEqual({ ok: false, failure: "name-mismatch" });
    expect(personCheck({ found: true })).toEqual({ ok: false, failure: "name-mismatch" });
    expect(personCheck({ found: true, nameMatches: true })).toEqual({ ok: true });
  });

  it("for an organisation: the parts in order, the agent last", () => {
    expect(organisationCheck({ found: false }, agent)).toEqual({ ok: false, failure: "org-not-found" });
    expect(organisationCheck({ ...all, nameMatches: false }, agent)).toEqual({ ok: false, failure: "org-name-mismatch" });
    expect(organisationCheck({ ...all, legalRepNameMatches: false }, agent)).toEqual({ ok: false, failure: "legal-rep-name-mismatch" });
    expect(organisationCheck({ ...all, legalRepIdMatches: undefined }, agent)).toEqual({ ok: false, failure: "legal-rep-id-mismatch" });
    expect(organisationCheck({ ...all, agentMatches: false }, agent)).toEqual({ ok: false, failure: "agent-mismatch" });
    expect(organisationCheck({ ...all, agentMatches: null }, agent)).toEqual({ ok: true });
    expect(organisationCheck({ ...all, agentMatches: true }, agent)).toEqual({ ok: true });
    expect(organisationCheck({ ...all, agentMatches: true }, { ...agent, agentName: "" })).toEqual({ ok: false, failure: "agent-missing" });
  });

  it("accept only the agreed shapes", () => {
    expect(personVerdictSchema.safeParse({ found: "yes" }).success).toBe(false);
    expect(personVerdictSchema.safeParse(null).success).toBe(false);
    expect(organisationVerdictSchema.safeParse({ ...all, agentMatches: "unknown" }).success).toBe(false);
    expect(organisationVerdictSchema.safeParse({ ...all, extra: 1 }).success).toBe(true);
  });
});
