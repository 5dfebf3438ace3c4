// One of the owner's own case documents (issue 6 §4). Anyone else — another account, a wrong or
// purged id — gets the same 404. Sent as a download (pictures inline), never sniffed or cached,
// inside a CSP sandbox. Logged out, the owner is sent to log in and brought back here.
import { NextResponse } from "next/server";
import { safeNextPath } from "@/lib/accounts/notices";
import { requestClient } from "@/lib/audit/request-client";
import { readOwnDocument } from "@/lib/cases/read-own-document";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { documentResponseHeaders } from "@/lib/uploads/document-response";

const notFound = () => new NextResponse("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const session = await getCurrentSession();
  if (!session) {
    // Where to return after logging in: this document, or the page (e.g. the guide) that linked here.
    const back = safeNextPath(new URL(request.url).searchParams.get("next")) ?? safeNextPath(`/account/documents/${id}`) ?? "/account/verify";
    return new NextResponse(null, { status: 303, headers: { Location: `/login?notice=loginToContinue&next=${encodeURIComponent(back)}`, "Cache-Control": "no-store" } });
  }
  const document = await readOwnDocument({ db: db(), accountId: session.accountId, documentId: id, client: await requestClient() });
  if (!document.ok) return notFound();
  return new NextResponse(new Uint8Array(document.bytes), { status: 200, headers: { ...documentResponseHeaders(document.mediaType, document.slot), "Content-Length": String(document.bytes.length) } });
}
