// Reads a CSV file record by record (csv-parse stream API, RFC 4180, UTF-8 with or without BOM)
// without ever holding the whole file: the consumer's `for await` is the backpressure.
// Yields each record with the physical line it starts on, and row-level problems as items so the
// importer can report them and go on. Problems that make the rest of the file unreadable end the
// sequence with a `fatal` item; a missing file or a wrong header row throws InputError (exit 2).
import { open } from "node:fs/promises";
import { pipeline } from "node:stream";
import { CsvError, parse, type InfoRecord } from "csv-parse";
import { InputError } from "@/lib/errors/app-error";
import { LineTracker } from "./line-numbers";
import { NotUtf8Error, createUtf8Guard } from "./utf8-guard";

export type CsvItem =
  | { kind: "row"; line: number; fields: Record<string, string> }
  | { kind: "error"; line: number; message: string }
  | { kind: "fatal"; line: number; message: string };

/** Far above any real row; guards memory against a quote that is never closed. */
const MAX_RECORD_CHARS = 64 * 1024;

class WrongHeader extends Error {}

function headerMessage(file: string, expected: readonly string[], found: readonly string[]): string {
  return `${file}: wrong header row; expected "${expected.join(",")}", found "${found.join(",")}"`;
}

async function openFile(file: string) {
  try {
    const handle = await open(file, "r");
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw new InputError("import_file_unreadable", `${file}: not a regular file`, "file");
    }
    return handle;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new InputError("import_file_unreadable", `${file}: cannot read the file (${code})`, "file");
  }
}

export async function* readCsvRecords(file: string, header: readonly string[]): AsyncGenerator<CsvItem> {
  const handle = await openFile(file);
  const lines = new LineTracker();
  // Problems are noticed while csv-parse runs ahead of the consumer; each remembers how many
  // records came before it, so they are handed out in file order.
  const problems: Array<{ after: number; item: CsvItem }> = [];
  let recordsParsed = 0;
  let stopped = false;
  let foundHeader: string[] | undefined;

  const parser = parse({
    bom: true,
    columns: (names: string[]) => {
      foundHeader = names.map((name) => name.trim());
      if (foundHeader.length !== header.length || foundHeader.some((name, i) => name !== header[i])) {
        throw new WrongHeader();
      }
      return foundHeader;
    },
    relax_column_count: false,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_record: (record: Record<string, string>, context: InfoRecord) => {
      if (stopped) return null;
      recordsParsed++;
      return { line: lines.recordStart(Object.values(record), context), fields: record };
    },
    on_skip: (error: CsvError | undefined) => {
      if (!error || stopped) return undefined;
      const at = { lines: Number(error.lines ?? 0), empty_lines: Number(error.empty_lines ?? 0) };
      let item: CsvItem;
      if (error.code === "CSV_RECORD_INCONSISTENT_COLUMNS") {
        const fields = Array.isArray(error.record) ? error.record.map(String) : [];
        const line = lines.recordStart(fields, at);
        item = { kind: "error", line, message: `expected ${header.length} columns, found ${fields.length}` };
      } else if (error.code === "INVALID_OPENING_QUOTE") {
        const message = "a quote inside an unquoted field; quote the whole field and double the quotes inside it";
        item = { kind: "error", line: lines.physical(at), message };
      } else {
        // Anything else (a quote never closed, text after a closing quote, a huge record) leaves
        // the parser unable to tell where the next record starts: stop rather than guess.
        stopped = true;
        item = { kind: "fatal", line: lines.unparsedStart(at), message: describeFatal(error.code) };
      }
      problems.push({ after: recordsParsed, item });
      return undefined;
    },
  });
  pipeline(handle.createReadStream({ highWaterMark: 64 * 1024 }), createUtf8Guard(), parser, () => undefined);

  let recordsRead = 0;
  function* problemsUpTo(records: number): Generator<CsvItem> {
    while (problems.length > 0 && problems[0].after <= records) yield problems.shift()!.item;
  }
  try {
    for await (const record of parser as AsyncIterable<{ line: number; fields: Record<string, string> }>) {
      for (const item of problemsUpTo(recordsRead)) {
        yield item;
        if (item.kind === "fatal") return;
      }
      recordsRead++;
      yield { kind: "row", ...record };
    }
    yield* problemsUpTo(Infinity);
  } catch (error) {
    if (error instanceof WrongHeader) throw new InputError("import_wrong_header", headerMessage(file, header, foundHeader ?? []), "file");
    if (error instanceof NotUtf8Error) {
      // Records csv-parse had buffered are dropped with the stream; the caller says reading stopped.
      yield* problemsUpTo(recordsRead);
      yield { kind: "fatal", line: error.line, message: error.message };
      return;
    }
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw new InputError("import_file_unreadable", `${file}: cannot read the file (${code})`, "file");
  } finally {
    parser.destroy();
    await handle.close().catch(() => undefined);
  }
  if (!foundHeader) {
    throw new InputError("import_wrong_header", `${file}: the file is empty; expected the header row "${header.join(",")}"`, "file");
  }
}

function describeFatal(code: string): string {
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted field is never closed";
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "text follows a closing quote; double quotes inside a quoted field";
    case "CSV_MAX_RECORD_SIZE":
      return `a record longer than ${MAX_RECORD_CHARS} characters (an unclosed quote?)`;
    default:
      return `the CSV cannot be read from here (${code})`;
  }
}
