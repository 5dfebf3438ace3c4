// The upload form's target: session → same-origin check → body read with a cap → files cleaned
// and a case opened by lib/verification → 303 to the result, or back to the form with what went
// wrong in a sealed, short-lived cookie. Works the same with or without JavaScript.
import { NextResponse } from "next/server";
import { safeNextPath } from "@/lib/accounts/notices";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { getCurrentSession } from "@/lib/sessions/current-session";
import { fileBytesOf, readUploadForm, textFieldsOf } from "@/lib/uploads/read-upload-form";
import { isSameOriginPost } from "@/lib/uploads/same-origin";
import { sealUploadFlash, UPLOAD_FLASH_COOKIE, uploadFlashCookieOptions, type UploadFlash } from "@/lib/uploads/upload-flash";
import type { DocumentSlot } from "@/lib/uploads/upload-rules";
import { submitVerificationDocuments } from "@/lib/verification/submit-verification-documents";
import { VERIFICATION_UPLOAD_FORM, verificationSlots } from "@/lib/verification/upload-state";

function seeOther(location: string, flash?: Omit<UploadFlash, "form">): NextResponse {
  const response = new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
  if (flash) response.cookies.set(UPLOAD_FLASH_COOKIE, sealUploadFlash({ form: VERIFICATION_UPLOAD_FORM, ...flash }), uploadFlashCookieOptions);
  else response.cookies.set(UPLOAD_FLASH_COOKIE, "", { ...uploadFlashCookieOptions, maxAge: 0 });
  return response;
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginPost(request.headers)) return new NextResponse("Forbidden", { status: 403 });
  const session = await getCurrentSession();
  if (!session) return seeOther(`/login?notice=sessionEnded&next=${encodeURIComponent("/account/verify/upload")}`);
  const read = await readUploadForm(request);
  if (!read.ok) return seeOther("/account/verify/upload", { formError: read.code, errors: {} });
  const next = safeNextPath(textFieldsOf(read.form).next);
  const suffix = next ? `?next=${encodeURIComponent(next)}` : "";
  const files: Partial<Record<DocumentSlot, Buffer | null>> = {};
  for (const slot of [...verificationSlots("natural"), ...verificationSlots("legal")]) files[slot] = await fileBytesOf(read.form, slot);
  const result = await submitVerificationDocuments({ db: db(), accountId: session.accountId, files, client: await requestClient() });
  if (result.ok) return seeOther(`/account/verify?notice=submitted${next ? `&next=${encodeURIComponent(next)}` : ""}`);
  if ("errors" in result) return seeOther(`/account/verify/upload${suffix}`, { formError: null, errors: result.errors });
  return seeOther(`/account/verify${suffix}`);
}
