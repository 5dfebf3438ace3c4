import "server-only";
// The CSV an admin uploads on the import page, streamed from the multipart body straight into a
// private temporary folder (busboy): memory holds a chunk at a time, never the file. Past the size
// limit the write stops and the partial file is deleted; the rest of the body is read and dropped
// so the browser gets our answer. Text fields come back alongside (the import kind).
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";

/** Large enough for a few hundred thousand Torch rows; bigger sets go through the CLI. */
export const CSV_UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

export type ReceivedCsv =
  | { ok: true; file: string; fileName: string; fields: Record<string, string> }
  | { ok: false; code: "tooLarge" | "noFile" | "badRequest"; fields: Record<string, string> };

export async function receiveCsvUpload(request: Request, maxBytes: number = CSV_UPLOAD_MAX_BYTES): Promise<ReceivedCsv> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) return { ok: false, code: "badRequest", fields: {} };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + 64 * 1024) return { ok: false, code: "tooLarge", fields: {} };

  const folder = await mkdtemp(path.join(os.tmpdir(), "staff-import-"));
  const fields: Record<string, string> = {};
  let file: { path: string; name: string } | null = null;
  let tooLarge = false;
  const writes: Promise<void>[] = [];
  try {
    // Browsers send the file name as UTF-8 bytes; busboy would read them as Latin-1 by default.
    const parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024 } });
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || !info.filename) {
        stream.resume();
        return;
      }
      const target = path.join(folder, "upload.csv");
      file = { path: target, name: path.basename(info.filename).slice(0, 200) };
      stream.on("limit", () => {
        tooLarge = true;
      });
      writes.push(pipeline(stream, createWriteStream(target, { mode: 0o600 })));
    });
    await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), parser);
    await Promise.all(writes);
  } catch {
    await rm(folder, { recursive: true, force: true });
    return { ok: false, code: "badRequest", fields };
  }
  const received = file as { path: string; name: string } | null;
  if (tooLarge || !received) {
    await rm(folder, { recursive: true, force: true });
    return { ok: false, code: tooLarge ? "tooLarge" : "noFile", fields };
  }
  return { ok: true, file: received.path, fileName: received.name, fields };
}
