// IDENTITY_VERIFIER=http against a real local stand-in for the authoritative source (node:http):
// match, mismatch, the 法人授权信息 (agent) checked where the source knows it, and a source that
// times out, fails or answers nonsense → "service unavailable": data kept, 未认证 (never 认证失败),
// upload open. Real database, real sealing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { HttpIdentityVerifier } from "@/lib/verification/http-identity-verifier";
import { identityVerifierFor } from "@/lib/verification/identity-verifier-for";
import { saveLegalIdentity } from "@/lib/verification/save-legal-identity";
import { saveNaturalIdentity } from "@/lib/verification/save-natural-identity";
import { legalIdentitySchema, naturalIdentitySchema } from "@/lib/verification/schemas";
import { accountUploadState } from "@/lib/verification/upload-state";
import { sendJson, startStandIn, type StandInServer } from "../../support/stand-in-server";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { accountRow, legalAccount, naturalAccount, residentId } from "./support";

let t: TestDatabase;
let source: StandInServer;
const TOKEN = "identity-token-0123456789";

// What the authority knows; it answers verdicts, never its records.
const people = new Map<string, string>();
const organisations = new Map<string, { name: string; legalRepName: string; legalRepId: string; agent?: { name: string; mobile: string } }>();

function authority(body: Record<string, string>) {
  if (body.kind === "person") {
    const name = people.get(body.idNumber);
    return name === undefined ? { found: false } : { found: true, nameMatches: name === body.name };
  }
  const org = organisations.get(body.uscc);
  if (!org) return { found: false };
  return {
    found: true,
    nameMatches: org.name === body.orgName,
    legalRepNameMatches: org.legalRepName === body.legalRepName,
    legalRepIdMatches: org.legalRepId === body.legalRepId,
    agentMatches: org.agent ? org.agent.name === body.agentName && org.agent.mobile === body.agentMobile : null,
  };
}

const answering = () =>
  source.handle((request, response) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return sendJson(response, 401, { error: "unauthorised" });
    sendJson(response, 200, authority(JSON.parse(request.body) as Record<string, string>));
  });

beforeAll(async () => {
  t = await createTestDatabase();
  source = await startStandIn();
});
afterAll(async () => {
  await source.close();
  await t.drop();
});

const verifier = (timeoutMs = 2000) => new HttpIdentityVerifier({ url: `${source.url}/verify`, token: TOKEN, timeoutMs });

const saveNatural = (accountId: number, personName: string, idNumber: string, timeoutMs?: number) =>
  saveNaturalIdentity({ db: t.db, accountId, input: naturalIdentitySchema.parse({ personName, idType: "resident-id", idNumber }), verifier: verifier(timeoutMs) });

async function organisation(agent?: { name: string; mobile: string }) {
  const account = await legalAccount(t.db);
  const { uscc } = await accountRow(t.db, account.id);
  const legalRepId = residentId();
  organisations.set(uscc ?? "", { name: "北京星火科技有限公司", legalRepName: "李四", legalRepId, agent });
  return { id: account.id, legalRepId };
}

const saveLegal = (accountId: number, fields: Record<string, string>, timeoutMs?: number) =>
  saveLegalIdentity({
    db: t.db,
    accountId,
    input: legalIdentitySchema.parse({ orgName: "北京星火科技有限公司", agentName: "王经办", agentMobile: "13900003333", legalRepName: "李四", ...fields }),
    verifier: verifier(timeoutMs),
  });

describe("HttpIdentityVerifier", () => {
  it("verifies a person the source knows, sending the normalised claim with the bearer token", async () => {
    answering();
    const id = residentId();
    people.set(id, "阿依古丽·买买提");
    const account = await naturalAccount(t.db);
    expect(await saveNatural(account.id, " 阿依古丽•买买提 ", id)).toEqual({ outcome: "verified" });
    expect(JSON.parse(source.requests[0].body)).toEqual({ kind: "person", idNumber: id, name: "阿依古丽·买买提" });
    expect(await accountRow(t.db, account.id)).toMatchObject({ realNameStatus: "verified", realNameFailure: null });
  });

  it("names the part that did not match", async () => {
    answering();
    const id = residentId();
    people.set(id, "张三");
    const account = await naturalAccount(t.db);
    expect(await saveNatural(account.id, "张叁", id)).toEqual({ outcome: "failed", failure: "name-mismatch" });
    expect(await accountRow(t.db, account.id)).toMatchObject({ realNameStatus: "failed", realNameFailure: "name-mismatch" });
    const unknown = await naturalAccount(t.db);
    expect(await saveNatural(unknown.id, "张三", residentId())).toEqual({ outcome: "failed", failure: "id-not-found" });
  });

  it("checks the organisation, its legal representative and its authorised agent where the source knows them", async () => {
    answering();
    const known = await organisation({ name: "王经办", mobile: "13900003333" });
    expect(await saveLegal(known.id, { legalRepId: known.legalRepId, agentMobile: "139-0000-4444" })).toEqual({ outcome: "failed", failure: "agent-mismatch" });
    expect(JSON.parse(source.requests[0].body)).toMatchObject({ kind: "organisation", agentName: "王经办", agentMobile: "13900004444", legalRepId: known.legalRepId });
    expect(await saveLegal(known.id, { legalRepId: residentId() })).toEqual({ outcome: "failed", failure: "legal-rep-id-mismatch" });
    expect(await saveLegal(known.id, { legalRepId: known.legalRepId })).toEqual({ outcome: "verified" });

    const agentUnknown = await organisation();
    expect(await saveLegal(agentUnknown.id, { legalRepId: agentUnknown.legalRepId, agentName: "任何人" })).toEqual({ outcome: "verified" });
  });

  for (const [what, behave] of [
    ["times out", () => source.handle(() => undefined)],
    ["answers 503", () => source.handle((_, response) => sendJson(response, 503, { error: "maintenance" }))],
    ["answers something else than the agreed JSON", () => source.handle((_, response) => sendJson(response, 200, { result: "ok" }))],
    ["refuses our token", () => source.handle((_, response) => sendJson(response, 401, {}))],
  ] as const) {
    it(`keeps the data and leaves the account 未认证 with the upload open when the source ${what}`, async () => {
      behave();
      const id = residentId();
      const account = await naturalAccount(t.db);
      expect(await saveNatural(account.id, "张三", id, 300)).toEqual({ outcome: "unavailable" });
      const row = await accountRow(t.db, account.id);
      expect(row).toMatchObject({ realNameStatus: "unverified", realNameFailure: "service-unavailable", personName: "张三", verifiedIdHash: null });
      expect(accountUploadState({ type: "natural", ...row })).toBe("ready");

      const org = await organisation();
      expect(await saveLegal(org.id, { legalRepId: org.legalRepId }, 300)).toEqual({ outcome: "unavailable" });
      expect(await accountRow(t.db, org.id)).toMatchObject({ realNameStatus: "unverified", realNameFailure: "service-unavailable", agentName: "王经办" });
    });
  }

  it("is the verifier IDENTITY_VERIFIER=http picks, and it verifies once the source is back", async () => {
    Object.assign(process.env, { IDENTITY_VERIFIER: "http", IDENTITY_HTTP_URL: `${source.url}/verify`, IDENTITY_HTTP_TOKEN: TOKEN });
    resetEnvCache();
    try {
      expect(identityVerifierFor(t.db)).toBeInstanceOf(HttpIdentityVerifier);
      source.handle(() => undefined);
      const id = residentId();
      people.set(id, "张三");
      const account = await naturalAccount(t.db);
      expect(await saveNatural(account.id, "张三", id, 300)).toEqual({ outcome: "unavailable" });
      answering();
      const input = naturalIdentitySchema.parse({ personName: "张三", idType: "resident-id", idNumber: id });
      expect(await saveNaturalIdentity({ db: t.db, accountId: account.id, input })).toEqual({ outcome: "verified" });
    } finally {
      for (const name of ["IDENTITY_VERIFIER", "IDENTITY_HTTP_URL", "IDENTITY_HTTP_TOKEN"]) delete process.env[name];
      resetEnvCache();
    }
  });
});
