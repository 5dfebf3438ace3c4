// The staff import page's machinery on a real database: an upload streamed to a private temporary
// file, a job that runs the CLI's importer on it (progress, capped per-line errors, the file deleted
// afterwards), a migration job with the CLI's executor, and one job at a time.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeInterruptedJobs } from "@/lib/db/imports/close-interrupted-import-jobs";
import { createImportJob } from "@/lib/db/imports/create-import-job";
import { getImportJob } from "@/lib/db/imports/get-import-job";
import { parseImportJobResult } from "@/lib/importers/job-result";
import { receiveCsvUpload } from "@/lib/importers/receive-csv-upload";
import { startImportJob } from "@/lib/importers/start-import-job";
import { md5Hash, mobile, validUscc } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-db";
import { makeStaff } from "../staff/factories";

let t: TestDatabase;
let staffId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  staffId = (await makeStaff(t.db, { role: "admin" })).id;
});
afterAll(async () => {
  await t.drop();
});

function uploadRequest(body: FormData): Request {
  return new Request("http://127.0.0.1/staff/import/upload", { method: "POST", body });
}

async function finished(id: number) {
  for (let i = 0; i < 200; i += 1) {
    const job = await getImportJob({ db: t.db, id });
    if (job && (job.status === "done" || job.status === "failed")) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

const csv = (rows: string[]) => `kind,username,password_hash,display_name,contact_mobile\n${rows.join("\n")}\n`;

describe("receiveCsvUpload", () => {
  it("streams the file into a private temporary folder and returns the text fields", async () => {
    const form = new FormData();
    form.set("kind", "torch");
    form.set("file", new File([csv([`personal,${mobile()},${md5Hash("x")},张三,`])], "torch 12月.csv", { type: "text/csv" }));
    const received = await receiveCsvUpload(uploadRequest(form));
    expect(received).toMatchObject({ ok: true, fileName: "torch 12月.csv", fields: { kind: "torch" } });
    if (!received.ok) return;
    expect(readFileSync(received.file, "utf8")).toContain("张三");
    expect(received.file.startsWith(os.tmpdir())).toBe(true);
  });
  it("refuses a file over the limit (deleting what was written), no file, and a body that is no form", async () => {
    const big = new FormData();
    big.set("file", new File(["x".repeat(5000)], "big.csv"));
    expect(await receiveCsvUpload(uploadRequest(big), 1000)).toMatchObject({ ok: false, code: "tooLarge" });
    const none = new FormData();
    none.set("kind", "torch");
    expect(await receiveCsvUpload(uploadRequest(none))).toMatchObject({ ok: false, code: "noFile", fields: { kind: "torch" } });
    expect(await receiveCsvUpload(new Request("http://127.0.0.1/x", { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } }))).toMatchObject({ ok: false, code: "badRequest" });
  });
});

describe("import jobs", () => {
  it("import a CSV as torch:import does, with progress, per-line errors and the file deleted", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "staff-import-test-"));
    const file = path.join(folder, "upload.csv");
    const good = Array.from({ length: 1500 }, (_, i) => `personal,${mobile(900_000 + i)},${md5Hash("Torch@2024")},用户${i},`);
    writeFileSync(file, csv([...good, "personal,12345,md5:0,坏行,", `enterprise,${validUscc()},${md5Hash("x")},企业,`]));
    const id = await startImportJob({ db: t.db, databaseUrl: t.url, kind: "torch", file, fileName: "torch.csv", staffId });
    const job = await finished(id);
    expect(job).toMatchObject({ kind: "torch", status: "done", fileName: "torch.csv", processed: 1502, imported: 1501, unchanged: 0, startedBy: expect.any(String) });
    const result = parseImportJobResult(job.resultJson);
    expect(result.errorCount).toBe(1);
    expect(result.errors?.[0]).toMatchObject({ line: 1502 });
    expect(existsSync(folder)).toBe(false);
    expect(await t.db.torchAccount.count()).toBe(1501);
    expect(await t.db.auditEvent.count({ where: { type: { in: ["import.start", "import.finish"] }, actor: `staff:${staffId}` } })).toBe(2);
  });

  it("report a wrong header as the CLI does, without the server's path", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "staff-import-test-"));
    const file = path.join(folder, "upload.csv");
    writeFileSync(file, "type,login_name\nnatural,x\n");
    const job = await finished(await startImportJob({ db: t.db, databaseUrl: t.url, kind: "platform", file, fileName: "platform.csv", staffId }));
    expect(job.status).toBe("failed");
    const failure = parseImportJobResult(job.resultJson).failure;
    expect(failure?.code).toBe("import_wrong_header");
    expect(failure?.message).toContain("platform.csv");
    expect(failure?.message).not.toContain(folder);
  });

  it("run the migration with the CLI's executor and keep its summary", async () => {
    const job = await finished(await startImportJob({ db: t.db, databaseUrl: t.url, kind: "migrate", file: null, fileName: null, staffId }));
    expect(job.status).toBe("done");
    const result = parseImportJobResult(job.resultJson);
    expect(result).toMatchObject({ created: 1501, conflicts: 0 });
    expect(result.outcomes?.["P-R1"]).toBe(1500);
    const again = parseImportJobResult((await finished(await startImportJob({ db: t.db, databaseUrl: t.url, kind: "migrate", file: null, fileName: null, staffId }))).resultJson);
    expect(again.created).toBe(0);
  });

  it("run one at a time, and free the slot of a job a stopped server left behind", async () => {
    const stuck = await createImportJob({ db: t.db, kind: "migrate", fileName: null, staffId, now: new Date(Date.now() - 60_000) });
    await expect(createImportJob({ db: t.db, kind: "torch", fileName: "x.csv", staffId })).rejects.toMatchObject({ code: "import.busy" });
    await closeInterruptedJobs({ db: t.db, processStartedAt: new Date() });
    expect(parseImportJobResult((await getImportJob({ db: t.db, id: stuck }))?.resultJson ?? null)).toEqual({ interrupted: true });
    expect(await createImportJob({ db: t.db, kind: "torch", fileName: "x.csv", staffId })).toBeGreaterThan(stuck);
  });
});
