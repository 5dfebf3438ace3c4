// 修改法人信息 → automatic check on a real database: the organisation (by the account's own USCC),
// its name, its legal representative's name and ID; the failing part named; data sealed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyedHash, openText } from "@/lib/crypto/seal";
import { saveLegalIdentity } from "@/lib/verification/save-legal-identity";
import { legalIdentitySchema } from "@/lib/verification/schemas";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { accountRow, legalAccount, registerOrganisation, residentId } from "./support";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

async function organisationAccount() {
  const account = await legalAccount(t.db);
  const row = await accountRow(t.db, account.id);
  const legalRepId = residentId();
  await registerOrganisation(t.db, { uscc: row.uscc ?? "", name: "北京星火科技有限公司", legalRepName: "李四", legalRepId });
  return { id: account.id, legalRepId };
}

const save = (accountId: number, fields: Partial<Record<"orgName" | "legalRepName" | "legalRepId", string>> & { legalRepId: string }) =>
  saveLegalIdentity({
    db: t.db,
    accountId,
    input: legalIdentitySchema.parse({ orgName: "北京星火科技有限公司", agentName: "王经办", agentMobile: "139 0000 3333", legalRepName: "李四", ...fields }),
  });

describe("saveLegalIdentity", () => {
  it("verifies an organisation whose name and legal representative match, and seals the representative's ID", async () => {
    const org = await organisationAccount();
    expect(await save(org.id, { legalRepId: org.legalRepId })).toEqual({ outcome: "verified" });
    const row = await accountRow(t.db, org.id);
    expect(row).toMatchObject({ realNameStatus: "verified", agentName: "王经办", agentMobile: "13900003333", legalRepName: "李四", legalRepIdHash: keyedHash(org.legalRepId), verifiedIdHash: null });
    expect(openText(row.legalRepIdEnc ?? "")).toBe(org.legalRepId);
  });

  it("names the part that did not match", async () => {
    const org = await organisationAccount();
    expect(await save(org.id, { legalRepId: org.legalRepId, orgName: "北京星火" })).toEqual({ outcome: "failed", failure: "org-name-mismatch" });
    expect(await save(org.id, { legalRepId: org.legalRepId, legalRepName: "李肆" })).toEqual({ outcome: "failed", failure: "legal-rep-name-mismatch" });
    expect(await save(org.id, { legalRepId: residentId() })).toEqual({ outcome: "failed", failure: "legal-rep-id-mismatch" });
    expect(await accountRow(t.db, org.id)).toMatchObject({ realNameStatus: "failed", realNameFailure: "legal-rep-id-mismatch" });
    // The embedded registry knows no agents: the 法人授权信息 must be given, whatever the form let through.
    const input = { ...legalIdentitySchema.parse({ orgName: "北京星火科技有限公司", agentName: "王经办", agentMobile: "13900003333", legalRepName: "李四", legalRepId: org.legalRepId }), agentName: "" };
    expect(await saveLegalIdentity({ db: t.db, accountId: org.id, input })).toEqual({ outcome: "failed", failure: "agent-missing" });
    const unknown = await legalAccount(t.db);
    expect(await save(unknown.id, { legalRepId: org.legalRepId })).toEqual({ outcome: "failed", failure: "org-not-found" });
  });
});
