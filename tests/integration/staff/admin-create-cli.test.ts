// `admin:create` as an operator runs it (interfaces.md): one JSON object on stdout, exit 0 on
// success and 2 on bad input, the password from ADMIN_PASSWORD or from stdin when piped.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";

const root = path.resolve(__dirname, "..", "..", "..");
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});

function adminCreate(args: string[], options: { password?: string; stdin?: string } = {}) {
  return new Promise<{ code: number | null; json: Record<string, unknown>; stderr: string }>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.url };
    delete env.ADMIN_PASSWORD;
    if (options.password !== undefined) env.ADMIN_PASSWORD = options.password;
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "cli/main.ts", "admin:create", ...args], { cwd: root, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, json: JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown> }));
    child.stdin.end(options.stdin ?? "");
  });
}

describe("admin:create", () => {
  it("creates a reviewer from ADMIN_PASSWORD and prints it as JSON", { timeout: 60_000 }, async () => {
    const run = await adminCreate(["Zhao.Reviewer", "--role", "reviewer"], { password: "Review-Desk-2026!" });
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ created: true, name: "Zhao.Reviewer", role: "reviewer" });
    const row = await t.db.staffAccount.findUniqueOrThrow({ where: { nameKey: "zhao.reviewer" }, select: { role: true, passwordHash: true } });
    expect(row.role).toBe("reviewer");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(run.json).not.toHaveProperty("password");
  });

  it("reads the password from stdin when ADMIN_PASSWORD is unset", { timeout: 60_000 }, async () => {
    const run = await adminCreate(["qian.editor", "--role=editor"], { stdin: "Editor-Desk-2026!\n" });
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ created: true, role: "editor" });
  });

  it("exits 2 with a message for a taken name, an unknown role or a weak password", { timeout: 90_000 }, async () => {
    const taken = await adminCreate(["ZHAO.reviewer", "--role", "admin"], { password: "Review-Desk-2026!" });
    expect([taken.code, taken.json.field]).toEqual([2, "name"]);
    expect(taken.stderr).toContain("exists already");
    const role = await adminCreate(["sun.li", "--role", "root"], { password: "Review-Desk-2026!" });
    expect([role.code, role.json.field]).toEqual([2, "role"]);
    const weak = await adminCreate(["sun.li", "--role", "reviewer"], { password: "password" });
    expect([weak.code, weak.json.field]).toEqual([2, "password"]);
    expect(await t.db.staffAccount.count()).toBe(2);
  });
});
