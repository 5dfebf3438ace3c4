import { describe, expect, it } from "vitest";
import { documentResponseHeaders } from "./document-response";
import { openUploadFlash, sealUploadFlash } from "./upload-flash";
import { changeOneCharacter } from "@/tests/support/tamper";

describe("upload flash", () => {
  const flash = { form: "verify", formError: null, errors: { "id-front": "polyglot" } };
  it("opens for its own form within two minutes only", () => {
    const now = new Date("2026-11-29T08:00:00Z");
    const sealed = sealUploadFlash(flash, now);
    expect(sealed).not.toContain("polyglot");
    expect(openUploadFlash(sealed, "verify", now)).toEqual(flash);
    expect(openUploadFlash(sealed, "appeal", now)).toBeNull();
    expect(openUploadFlash(sealed, "verify", new Date(now.getTime() + 121_000))).toBeNull();
    expect(openUploadFlash(changeOneCharacter(sealed), "verify", now)).toBeNull();
    expect(openUploadFlash(undefined, "verify", now)).toBeNull();
  });
});

describe("documentResponseHeaders", () => {
  it("show pictures inline and download PDFs, never sniffed, cached or scripted", () => {
    expect(documentResponseHeaders("image/jpeg", "id-front")).toMatchObject({ "Content-Disposition": 'inline; filename="id-front.jpg"', "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" });
    expect(documentResponseHeaders("application/pdf", "business-licence")["Content-Disposition"]).toBe('attachment; filename="business-licence.pdf"');
    expect(documentResponseHeaders("text/html", '"><script>')).toMatchObject({ "Content-Type": "application/octet-stream", "Content-Disposition": 'attachment; filename="document.bin"' });
    expect(documentResponseHeaders("image/png", "id-back")["Content-Security-Policy"]).toContain("sandbox");
  });
});
