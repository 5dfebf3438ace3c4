import { describe, expect, it } from "vitest";
import { compareAgent, compareOrganisation, comparePerson, normaliseName } from "./compare-identity";
import { legalIdentitySchema, naturalIdentitySchema } from "./schemas";

describe("comparePerson", () => {
  it("passes the same name, tidied, and says which part failed otherwise", () => {
    expect(comparePerson({ name: "阿依古丽·买买提" }, { name: " 阿依古丽•买买提 " })).toEqual({ ok: true });
    expect(comparePerson({ name: "Zhang  San" }, { name: "ｚｈａｎｇ san" })).toEqual({ ok: true });
    expect(comparePerson({ name: "张三" }, { name: "张叁" })).toEqual({ ok: false, failure: "name-mismatch" });
    expect(comparePerson(null, { name: "张三" })).toEqual({ ok: false, failure: "id-not-found" });
  });
});

describe("compareOrganisation", () => {
  const entry = { name: "北京星火科技有限公司（分公司）", legalRepName: "李四", legalRepIdHash: "h1" };
  const claim = { orgName: "北京星火科技有限公司(分公司)", legalRepName: "李四", legalRepIdHash: "h1", agentName: "王经办", agentMobile: "13900003333" };
  it("checks name, legal representative's name, then their ID, in that order", () => {
    expect(compareOrganisation(entry, claim)).toEqual({ ok: true });
    expect(compareOrganisation(null, claim)).toEqual({ ok: false, failure: "org-not-found" });
    expect(compareOrganisation(entry, { ...claim, orgName: "北京星火科技" })).toEqual({ ok: false, failure: "org-name-mismatch" });
    expect(compareOrganisation(entry, { ...claim, legalRepName: "王五", legalRepIdHash: "h2" })).toEqual({ ok: false, failure: "legal-rep-name-mismatch" });
    expect(compareOrganisation(entry, { ...claim, legalRepIdHash: "h2" })).toEqual({ ok: false, failure: "legal-rep-id-mismatch" });
    expect(compareOrganisation({ ...entry, legalRepName: null }, claim)).toEqual({ ok: false, failure: "legal-rep-name-mismatch" });
  });

  it("asks for the authorised agent last: a registry entry knows no agent, so it must only be given", () => {
    expect(compareOrganisation(entry, { ...claim, agentName: " 　" })).toEqual({ ok: false, failure: "agent-missing" });
    expect(compareOrganisation(entry, { ...claim, agentMobile: "12345" })).toEqual({ ok: false, failure: "agent-missing" });
    expect(compareOrganisation(entry, { ...claim, agentName: "", orgName: "别的公司" })).toEqual({ ok: false, failure: "org-name-mismatch" });
  });

  it("normalises names no further than a clerk would", () => {
    expect(normaliseName(" 李 　四 ")).toBe("李 四");
    expect(normaliseName("李四")).not.toBe(normaliseName("李 四"));
  });
});

describe("compareAgent", () => {
  const agent = { agentName: "王经办", agentMobile: "13900003333" };
  it("needs a name and a mobile, and a match where the source knows the agent", () => {
    expect(compareAgent(agent, null)).toEqual({ ok: true });
    expect(compareAgent(agent, true)).toEqual({ ok: true });
    expect(compareAgent(agent, false)).toEqual({ ok: false, failure: "agent-mismatch" });
    expect(compareAgent({ ...agent, agentName: "" }, true)).toEqual({ ok: false, failure: "agent-missing" });
    expect(compareAgent({ ...agent, agentMobile: "" }, null)).toEqual({ ok: false, failure: "agent-missing" });
  });
});

describe("identity schemas", () => {
  it("normalise a resident ID and name the problem of a wrong one", () => {
    const ok = naturalIdentitySchema.safeParse({ personName: "张三", idType: "resident-id", idNumber: " 11010519491231002x " });
    expect(ok.success && ok.data.idNumber).toBe("11010519491231002X");
    const bad = naturalIdentitySchema.safeParse({ personName: "张3", idType: "resident-id", idNumber: "110105194912310021" });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => [i.path[0], i.message])).toEqual([["personName", "fieldErrors.nameCharacters"]]);
    const digit = naturalIdentitySchema.safeParse({ personName: "张三", idType: "resident-id", idNumber: "110105194912310021" });
    if (!digit.success) expect(digit.error.issues[0].message).toBe("fieldErrors.residentId.checkDigit");
    expect(digit.success).toBe(false);
  });

  it("accept a passport number as printed and refuse junk", () => {
    const ok = naturalIdentitySchema.safeParse({ personName: "John Smith", idType: "passport", idNumber: "e 1234 5678" });
    expect(ok.success && ok.data.idNumber).toBe("E12345678");
    expect(naturalIdentitySchema.safeParse({ personName: "John Smith", idType: "passport", idNumber: "<b>" }).success).toBe(false);
    expect(naturalIdentitySchema.safeParse({ personName: "John", idType: "driving-licence", idNumber: "E12345678" }).success).toBe(false);
  });

  it("check the legal form's mobile and the legal representative's ID", () => {
    const parsed = legalIdentitySchema.safeParse({ orgName: "星火科技", agentName: "王五", agentMobile: "+86 139-0000-0001", legalRepName: "李四", legalRepId: "11010519491231002X" });
    expect(parsed.success && parsed.data.agentMobile).toBe("13900000001");
    const bad = legalIdentitySchema.safeParse({ orgName: "星火科技", agentName: "王五", agentMobile: "12345", legalRepName: "李四", legalRepId: "123" });
    if (!bad.success) expect(bad.error.issues.map((i) => i.path[0]).sort()).toEqual(["agentMobile", "legalRepId"]);
  });
});
