// `npm run cli -- lookup` and `sms:last` as operators and e2e tests run them: a real process,
// one JSON object on stdout, exit 0 / 2.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appealApprovedNotice } from "@/lib/recovery/sms-texts";
import { issueSmsCode } from "@/lib/sms/codes";
import { OutboxSmsProvider } from "@/lib/sms/outbox-provider";
import { makeMigratedTorchAccount, mobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

const root = path.resolve(import.meta.dirname, "../../..");

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/main.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, json: JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "null"), stderr: run.stderr };
}

describe("cli lookup", () => {
  it("prints the lookup result", async () => {
    const u = validUscc();
    await makeMigratedTorchAccount(t.db, { kind: "enterprise", username: u }, { outcome: "E-R1", loginName: u, window: "legal" });
    const run = cli("lookup", u.toLowerCase());
    expect(run.status).toBe(0);
    expect(run.json).toEqual({ input: u, kind: "enterprise", registeredInTorch: true, outcome: "E-R1", loginName: u, window: "legal" });
  });

  it("exits 2 with {error, field: q} for bad input", () => {
    const run = cli("lookup", "12345");
    expect(run.status).toBe(2);
    expect(Object.keys(run.json).sort()).toEqual(["error", "field"]);
    expect(run.json.field).toBe("q");
  });
});

describe("cli sms:last", () => {
  it("prints the newest code sent to a mobile, and exits 2 when there is none", async () => {
    const p = mobile();
    await issueSmsCode({ db: t.db, mobile: p, purpose: "lookup" });
    const run = cli("sms:last", p);
    expect(run.status).toBe(0);
    expect(Object.keys(run.json).sort()).toEqual(["code", "mobile", "sentAt"]);
    expect(run.json).toMatchObject({ mobile: p, code: expect.stringMatching(/^\d{6}$/) });
    expect(Number.isNaN(Date.parse(run.json.sentAt))).toBe(false);
    expect(cli("sms:last", mobile()).status).toBe(2);
  });
});

describe("cli sms:last --full", () => {
  it("prints the whole newest message, such as an approved appeal's set-password link", async () => {
    const p = mobile();
    await issueSmsCode({ db: t.db, mobile: p, purpose: "recovery" });
    const link = "http://localhost:3000/recovery/set-password/abcDEF123_-xyz";
    const body = appealApprovedNotice("SS-2026-ABCD", "hongxingkeji", link, 72).body;
    await new OutboxSmsProvider(t.db).send({ mobile: p, purpose: "appeal-approved", body });
    const full = cli("sms:last", p, "--full");
    expect(full.status).toBe(0);
    expect(full.json).toMatchObject({ mobile: p, purpose: "appeal-approved", body, code: null });
    expect(full.json.body).toContain(link);
    // The default output stays the newest code, as interfaces.md says.
    const plain = cli("sms:last", p);
    expect(plain.json).toMatchObject({ mobile: p, code: expect.stringMatching(/^\d{6}$/) });
    expect(plain.json.body).toBeUndefined();
    expect(cli("sms:last", mobile(), "--full").status).toBe(2);
  });
});
