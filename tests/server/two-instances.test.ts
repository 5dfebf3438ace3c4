// Scale-out smoke (issue 15.5): two instances of the built application on one database
// (PostgreSQL in `npm test`, as in the compose set-up) share their limits, because the limits live
// in the database. Requests alternate between the instances, with a rotating X-Forwarded-For that
// neither believes (no trusted proxy), so one client stays one client.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePlatformAccount, validUscc } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { startApp, type AppServer } from "./app-server";
import { formOf, postFields } from "./form-post";

let database: TestDatabase;
let instances: AppServer[] = [];
let octet = 0;
const forged = () => ({ "x-forwarded-for": `10.7.7.${(octet += 1)}` });

beforeAll(async () => {
  database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, DATA_KEY: randomBytes(32).toString("hex"), LOOKUP_RATE_LIMIT_CLIENT: "4/600" };
  instances = await Promise.all([startApp(env), startApp(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
});

const instance = (i: number) => instances[i % 2];

describe(`two instances on one ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "SQLite"} database`, () => {
  it("are both ready", async () => {
    for (const server of instances) expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
  });

  it("hold the per-client lookup limit across instances", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(`${instance(i).url}/api/v1/lookup`, {
        method: "POST",
        headers: { "content-type": "application/json", ...forged() },
        body: JSON.stringify({ q: validUscc() }),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it("hold the login lock across instances: ten wrong passwords from one client lock the name there, for the right one too", async () => {
    const account = await makePlatformAccount(database.db, { password: "Platform-Pass-1" });
    // One build, so both instances render the same form (the same server-action reference).
    const form = await formOf(`${instance(0).url}/login/natural`, "loginName");
    const attempt = (i: number, password: string) => postFields(`${instance(i).url}/login/natural`, { ...form, loginName: account.loginName, password }, forged());
    for (let i = 0; i < 10; i += 1) {
      const { html } = await attempt(i, `Wrong-Pass-${i}`);
      expect(html).toMatch(/登录名或密码不正确|已暂停该账号的登录/);
    }
    for (const i of [0, 1]) {
      const { status, html } = await attempt(i, "Platform-Pass-1");
      expect(status).toBe(200); // the form again, not the redirect of a success
      expect(html).toContain("已暂停该账号的登录");
    }
  });
});
