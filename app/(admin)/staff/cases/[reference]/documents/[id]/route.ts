// One document of a case, for the reviewer who opened the case (issue 6 §4, §6). Everything is
// checked here on every request (lib/cases readCaseDocument); the answer goes out with the same
// headers as the owner's own download (lib/uploads/document-response): never sniffed, cached,
// framed or run. PDFs download; images show inline.
import { requestClient } from "@/lib/audit/request-client";
import { readCaseDocument } from "@/lib/cases/read-case-document";
import { db } from "@/lib/db";
import { getCurrentStaff } from "@/lib/staff/require-staff";
import { documentResponseHeaders } from "@/lib/uploads/document-response";

// Refusals carry the same guards as a document: nothing here may be sniffed, cached, run or indexed.
const REFUSAL_HEADERS = {
  "Content-Type": "text/plain; charset=utf-8",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "no-referrer",
};

function refusal(status: 403 | 404): Response {
  return new Response(status === 404 ? "Not found" : "Forbidden", { status, headers: REFUSAL_HEADERS });
}

export async function GET(_request: Request, { params }: { params: Promise<{ reference: string; id: string }> }): Promise<Response> {
  const staff = await getCurrentStaff();
  if (!staff) return refusal(403);
  const { reference, id } = await params;
  if (!/^[A-Za-z0-9-]{4,40}$/.test(reference) || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) return refusal(404);
  const result = await readCaseDocument({ db: db(), reference, documentId: id, staffId: staff.staffId, client: await requestClient() });
  if (!result.ok) return refusal(result.status);
  return new Response(new Uint8Array(result.bytes), {
    status: 200,
    headers: { ...documentResponseHeaders(result.mediaType, result.slot, reference), "Content-Length": String(result.bytes.length) },
  });
}
