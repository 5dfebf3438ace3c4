import { describe, expect, it } from "vitest";
import { failureResult, importJobResult, JOB_ISSUES_KEPT, parseImportJobResult } from "./job-result";

describe("import job results", () => {
  it("keep the counts and cap the issues", () => {
    const errors = Array.from({ length: JOB_ISSUES_KEPT + 5 }, (_, i) => ({ line: i + 2, message: "bad" }));
    const result = importJobResult({ imported: 3, unchanged: 1, errors, warnings: [{ line: 4, message: "check character" }] });
    expect(result).toMatchObject({ imported: 3, unchanged: 1, errorCount: JOB_ISSUES_KEPT + 5, warningCount: 1 });
    expect(result.errors).toHaveLength(JOB_ISSUES_KEPT);
    expect(parseImportJobResult(JSON.stringify(result))).toEqual(result);
  });
  it("never show the server's temporary path, and read odd JSON as empty", () => {
    const failed = failureResult("import_wrong_header", "/tmp/import-x1/upload.csv: wrong header row", { temporary: "/tmp/import-x1/upload.csv", shown: "torch.csv" });
    expect(failed.failure?.message).toBe("torch.csv: wrong header row");
    expect(parseImportJobResult("{")).toEqual({});
    expect(parseImportJobResult(null)).toEqual({});
  });
});
