// The import page's upload (a plain multipart form, works without JavaScript): same-origin check →
// admin check (before a byte of the file is read) → the CSV streamed to a private temporary file (lib/importers/receive-csv-upload.ts) →
// a job started → 303 to its progress page; any refusal goes back to the form with its code.
import { rm } from "node:fs/promises";
import path from "node:path";
import { NextResponse } from "next/server";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { receiveCsvUpload } from "@/lib/importers/receive-csv-upload";
import { startImportJob } from "@/lib/importers/start-import-job";
import { ConsoleError } from "@/lib/staff/console-error";
import { mayUse } from "@/lib/staff/staff-access";
import { getCurrentStaff } from "@/lib/staff/require-staff";
import { isSameOriginPost } from "@/lib/uploads/same-origin";

const KINDS = ["torch", "platform", "registry"] as const;

const seeOther = (location: string) => new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers)) return new NextResponse("Forbidden", { status: 403 });
  // Checked by hand rather than with requireStaff: a POST must be answered 303 (not redirect()'s 307,
  // which would post the file again to the login page) and a wrong role with a plain 403.
  const staff = await getCurrentStaff();
  if (!staff) return seeOther("/staff/login?notice=sessionEnded");
  if (!mayUse(staff.role, "imports")) return new NextResponse("Forbidden", { status: 403 });
  const received = await receiveCsvUpload(request);
  const kind = KINDS.find((value) => value === received.fields.kind);
  const back = (error: string) => seeOther(`/staff/import?error=${error}${kind ? `&kind=${kind}` : ""}`);
  if (!received.ok) return back(received.code);
  if (!kind) {
    await rm(path.dirname(received.file), { recursive: true, force: true });
    return back("kind");
  }
  try {
    const id = await startImportJob({ db: db(), databaseUrl: env().DATABASE_URL, kind, file: received.file, fileName: received.fileName, staffId: staff.staffId, client: await requestClient() });
    return seeOther(`/staff/import/${id}`);
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "import.busy") return back("busy");
    throw error;
  }
}
