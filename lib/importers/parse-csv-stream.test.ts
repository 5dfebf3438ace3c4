import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "@/lib/errors/app-error";
import { readCsvRecords, type CsvItem } from "./parse-csv-stream";

const folder = mkdtempSync(path.join(os.tmpdir(), "csv-stream-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const HEADER = ["a", "b", "c"] as const;

function file(name: string, content: string | Buffer): string {
  const target = path.join(folder, name);
  writeFileSync(target, content);
  return target;
}

async function read(target: string): Promise<CsvItem[]> {
  const items: CsvItem[] = [];
  for await (const item of readCsvRecords(target, HEADER)) items.push(item);
  return items;
}

const summary = (items: CsvItem[]) => items.map((item) => (item.kind === "row" ? [item.line, item.fields.a] : [item.kind, item.line]));

describe("readCsvRecords", () => {
  it("numbers records by the physical line they start on, across quoted line breaks (LF and CRLF)", async () => {
    for (const eol of ["\n", "\r\n"]) {
      const text = ["a,b,c", "1,x,y", `"two${eol}lines",x,y`, `"three${eol}${eol}lines",x,y`, "4,x,y"].join(eol) + eol;
      expect(summary(await read(file("multi.csv", text)))).toEqual([
        [2, "1"],
        [3, `two${eol}lines`],
        [5, `three${eol}${eol}lines`],
        [8, "4"],
      ]);
    }
  });

  it("accepts a UTF-8 BOM and skips blank lines without losing count", async () => {
    const items = await read(file("bom.csv", "\uFEFFa,b,c\n\n1,张三,y\n\n\n2,x,y"));
    expect(summary(items)).toEqual([
      [3, "1"],
      [6, "2"],
    ]);
    expect(items[0].kind === "row" && items[0].fields.b).toBe("张三");
  });

  it("reports a record with the wrong number of columns and goes on", async () => {
    const items = await read(file("columns.csv", 'a,b,c\n1,x,y\n2,x\n"3\nz",x,y,extra\n4,x,y\n'));
    expect(items).toEqual([
      { kind: "row", line: 2, fields: { a: "1", b: "x", c: "y" } },
      { kind: "error", line: 3, message: "expected 3 columns, found 2" },
      { kind: "error", line: 4, message: "expected 3 columns, found 4" },
      { kind: "row", line: 6, fields: { a: "4", b: "x", c: "y" } },
    ]);
  });

  it("skips a record with a stray quote in an unquoted field", async () => {
    expect(summary(await read(file("stray.csv", 'a,b,c\n1,ab"c,y\n2,x,y\n')))).toEqual([
      ["error", 2],
      [2 + 1, "2"],
    ]);
  });

  it("ends with a fatal item when a quote is never closed or text follows a closing quote", async () => {
    expect(summary(await read(file("open.csv", 'a,b,c\n1,x,y\n2,"x,y\n3,x,y\n')))).toEqual([[2, "1"], ["fatal", 3]]);
    expect(summary(await read(file("after.csv", 'a,b,c\n1,x,y\n2,"x"z,y\n3,x,y\n')))).toEqual([[2, "1"], ["fatal", 3]]);
  });

  it("stops at bytes that are not UTF-8 (a GBK export), naming the line", async () => {
    const gbk = Buffer.concat([Buffer.from("a,b,c\n1,x,y\n2,"), Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]), Buffer.from(",y\n")]);
    const items = await read(file("gbk.csv", gbk));
    expect(items.at(-1)).toMatchObject({ kind: "fatal", line: 3, message: expect.stringContaining("UTF-8") });
  });

  it("refuses a wrong header, an empty file and a missing file with InputError", async () => {
    await expect(read(file("header.csv", "a,b,d\n1,2,3\n"))).rejects.toThrow(/wrong header row; expected "a,b,c", found "a,b,d"/);
    await expect(read(file("short-header.csv", "a,b\n1,2\n"))).rejects.toBeInstanceOf(InputError);
    await expect(read(file("empty.csv", ""))).rejects.toThrow(/empty/);
    await expect(read(path.join(folder, "missing.csv"))).rejects.toThrow(/cannot read the file \(ENOENT\)/);
    await expect(read(folder)).rejects.toThrow(/not a regular file/);
  });
});
