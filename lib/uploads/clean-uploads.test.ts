import { describe, expect, it } from "vitest";
import { cleanUploads } from "./clean-uploads";
import { readUploadForm } from "./read-upload-form";
import { HTML_PAGE, sampleJpeg, samplePdf } from "./testing/sample-files";
import { UPLOAD_LIMITS } from "./upload-rules";

describe("cleanUploads: the files of one case", () => {
  it("cleans every present file and reports problems by slot", async () => {
    const ok = await cleanUploads({
      files: [
        { slot: "id-front", bytes: await sampleJpeg(), required: true },
        { slot: "id-back", bytes: samplePdf(), required: true },
      ],
    });
    expect(ok.ok && ok.uploads.map((u) => [u.slot, u.mediaType])).toEqual([["id-front", "image/jpeg"], ["id-back", "application/pdf"]]);
    const bad = await cleanUploads({
      files: [
        { slot: "id-front", bytes: null, required: true },
        { slot: "id-back", bytes: HTML_PAGE, required: true },
      ],
    });
    expect(bad).toEqual({ ok: false, errors: { "id-front": "missing" } });
    const typed = await cleanUploads({ files: [{ slot: "id-back", bytes: HTML_PAGE, required: true }] });
    expect(typed).toEqual({ ok: false, errors: { "id-back": "typeNotAllowed" } });
  });

  it("holds the case total and the account total to their limits", async () => {
    const padded = Buffer.concat([await sampleJpeg(), Buffer.alloc(UPLOAD_LIMITS.caseBytes / 2)]);
    const tooMuch = await cleanUploads({
      files: [
        { slot: "id-front", bytes: padded, required: true },
        { slot: "id-back", bytes: Buffer.concat([padded, Buffer.alloc(10)]), required: true },
      ],
    });
    expect(tooMuch).toEqual({ ok: false, errors: { "id-back": "caseTooLarge" } });
    const full = await cleanUploads({ files: [{ slot: "id-front", bytes: await sampleJpeg(), required: true }], accountBytesUsed: UPLOAD_LIMITS.accountBytes - 10 });
    expect(full).toEqual({ ok: false, errors: { "id-front": "accountQuota" } });
  });
});

function multipart(size: number, contentLength?: string): Request {
  const form = new FormData();
  form.set("note", "hello");
  form.set("file", new Blob([Buffer.alloc(size, 1)]), "a.jpg");
  const request = new Request("http://localhost/upload", { method: "POST", body: form });
  if (contentLength) request.headers.set("content-length", contentLength);
  return request;
}

describe("readUploadForm", () => {
  it("reads a form under the cap and refuses one over it, whatever its Content-Length says", async () => {
    const small = await readUploadForm(multipart(1000), 10_000);
    expect(small.ok && small.form.get("note")).toBe("hello");
    expect(await readUploadForm(multipart(20_000), 10_000)).toEqual({ ok: false, code: "tooLarge" });
    expect(await readUploadForm(multipart(200_000), 10_000)).toEqual({ ok: false, code: "tooLarge" });
    expect(await readUploadForm(multipart(20_000, "100"), 10_000)).toEqual({ ok: false, code: "tooLarge" });
  });

  it("refuses a body that is not a multipart form", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(await readUploadForm(request, 10_000)).toEqual({ ok: false, code: "badRequest" });
  });
});
