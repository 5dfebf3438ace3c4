// Reading a multipart form with files in a route handler without trusting its size: the body is
// read with a cap (Content-Length can be absent or wrong), so a huge post cannot fill the memory.
// Beyond the cap the rest is read and dropped up to a further bound, so the browser, still
// sending, gets our answer instead of a broken connection; past that bound the read stops.
import { UPLOAD_LIMITS } from "./upload-rules";

/** An upload form's body: a case's files plus room for its text fields and multipart boundaries. */
export const UPLOAD_FORM_MAX_BYTES = UPLOAD_LIMITS.caseBytes + 256 * 1024;

export type ReadUploadFormResult = { ok: true; form: FormData } | { ok: false; code: "tooLarge" | "badRequest" };

const DRAIN_FACTOR = 4;

export async function readUploadForm(request: Request, maxBytes: number = UPLOAD_FORM_MAX_BYTES): Promise<ReadUploadFormResult> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) return { ok: false, code: "badRequest" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes * DRAIN_FACTOR) {
      await reader.cancel();
      break;
    }
    if (total <= maxBytes) chunks.push(value);
  }
  if (total > maxBytes) return { ok: false, code: "tooLarge" };
  try {
    const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, code: "badRequest" };
  }
}

/** A file field's bytes; null when no file was chosen (browsers then send an empty, nameless part). */
export async function fileBytesOf(form: FormData, name: string): Promise<Buffer | null> {
  const value = form.get(name);
  if (!(value instanceof Blob) || value.size === 0) return null;
  return Buffer.from(await value.arrayBuffer());
}

/** The text fields of the form (files left out). */
export function textFieldsOf(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = value;
  return out;
}
