// One document of a case, for the reviewer who opened the case (issue 6 §4, §6). Everything is
// checked here on every request (lib/cases readCaseDocument); the answer cannot be sniffed into
// something else, cached, framed or run: a fixed type, nosniff, no-store and a CSP that allows
// nothing but the document itself. PDFs download; images show inline.
import { requestClient } from "@/lib/audit/request-client";
import { readCaseDocument } from "@/lib/cases/read-case-document";
import { db } from "@/lib/db";
import { getCurrentStaff } from "@/lib/staff/require-staff";

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf" };
const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
};

function refusal(status: 403 | 404): Response {
  return new Response(status === 404 ? "Not found" : "Forbidden", { status, headers: { ...SAFE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ reference: string; id: string }> }): Promise<Response> {
  const staff = await getCurrentStaff();
  if (!staff) return refusal(403);
  const { reference, id } = await params;
  if (!/^[A-Za-z0-9-]{4,40}$/.test(reference) || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) return refusal(404);
  const result = await readCaseDocument({ db: db(), reference, documentId: id, staffId: staff.staffId, client: await requestClient() });
  if (!result.ok) return refusal(result.status);
  const extension = EXTENSIONS[result.mediaType] ?? "bin";
  const disposition = result.mediaType === "application/pdf" ? "attachment" : "inline";
  return new Response(new Uint8Array(result.bytes), {
    status: 200,
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": EXTENSIONS[result.mediaType] ? result.mediaType : "application/octet-stream",
      "Content-Length": String(result.bytes.length),
      "Content-Disposition": `${disposition}; filename="${reference}-${result.slot.replace(/[^a-z-]/g, "")}.${extension}"`,
    },
  });
}
