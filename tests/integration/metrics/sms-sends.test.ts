// torch_sms_sends_total counts every message handed to the SMS provider, by purpose and result,
// and nothing else: codes and notices alike, a gateway's refusal as failed, and no send at all
// when an appeal-status request's reference and mobile do not match (the answer looks the same).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry";
import { sendLoginNameHint } from "@/lib/recovery/send-login-name-hint";
import { sendStatusCode } from "@/lib/recovery/send-status-code";
import { sealText } from "@/lib/crypto/seal";
import { issueSmsCode } from "@/lib/sms/codes";
import { SmsSendError } from "@/lib/sms/errors";
import { makeAccount } from "../accounts/factories";
import { counterValue } from "../../support/counter-value";
import { mobile, validUscc } from "../../support/factories";
import { sendJson, startStandIn, type StandInServer } from "../../support/stand-in-server";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

let t: TestDatabase;
let gateway: StandInServer;
beforeAll(async () => {
  t = await createTestDatabase();
  gateway = await startStandIn();
});
afterAll(async () => {
  await gateway.close();
  await t.drop();
});

/** A purpose's sends by result while `action` ran, with `any` for every result together. */
async function moved(purpose: string, action: () => Promise<unknown>): Promise<{ sent: number; failed: number; any: number }> {
  const series: Record<string, string>[] = [{ purpose, result: "sent" }, { purpose, result: "failed" }, { purpose }];
  const read = () => Promise.all(series.map((labels) => counterValue(metrics().smsSends, labels)));
  const before = await read();
  await action();
  const [sent, failed, any] = (await read()).map((value, index) => value - before[index]);
  return { sent, failed, any };
}

let octet = 0;
const client = () => `198.51.100.${(octet += 1)}`;

describe("torch_sms_sends_total", () => {
  it("counts a lookup code sent through the outbox", async () => {
    expect(await moved("lookup", () => issueSmsCode({ db: t.db, mobile: mobile(), purpose: "lookup" }))).toEqual({ sent: 1, failed: 0, any: 1 });
  });

  it("counts a notice (the login-name hint) sent through the outbox", async () => {
    const uscc = validUscc();
    await makeAccount(t.db, { type: "legal", uscc, reservedMobile: mobile(), orgName: "某某科技有限公司" });
    const hint = () => sendLoginNameHint({ db: t.db, uscc, client: client() });
    expect(await moved("login-name-hint", hint)).toEqual({ sent: 1, failed: 0, any: 1 });
  });

  it("counts a message the gateway refuses as failed", async () => {
    gateway.handle((_, response) => sendJson(response, 500, { error: "down" }));
    Object.assign(process.env, { SMS_PROVIDER: "http", SMS_HTTP_URL: `${gateway.url}/sms`, SMS_HTTP_TOKEN: "gateway-token-0123456789", SMS_HTTP_RETRIES: "0" });
    resetEnvCache();
    try {
      const send = () => issueSmsCode({ db: t.db, mobile: mobile(), purpose: "register" }).then(() => null, (error: unknown) => error);
      let error: unknown;
      expect(await moved("register", async () => (error = await send()))).toEqual({ sent: 0, failed: 1, any: 1 });
      expect(error).toBeInstanceOf(SmsSendError);
    } finally {
      for (const name of ["SMS_PROVIDER", "SMS_HTTP_URL", "SMS_HTTP_TOKEN", "SMS_HTTP_RETRIES"]) delete process.env[name];
      resetEnvCache();
    }
  });

  it("counts an appeal-status code once when reference and mobile match, and nothing when they do not", async () => {
    const contact = mobile();
    const appeal = await t.db.case.create({
      data: { reference: `SQ20261205-M${String(Date.now() % 100_000).padStart(5, "0")}`, type: "appeal-natural", contactMobile: contact, detailsEnc: sealText("{}") },
      select: { reference: true },
    });
    const stranger = () => sendStatusCode({ db: t.db, reference: appeal.reference, mobile: mobile(), client: client() });
    expect(await moved("appeal-status", stranger)).toEqual({ sent: 0, failed: 0, any: 0 });
    const owner = () => sendStatusCode({ db: t.db, reference: appeal.reference, mobile: contact, client: client() });
    expect(await moved("appeal-status", owner)).toEqual({ sent: 1, failed: 0, any: 1 });
  });
});
