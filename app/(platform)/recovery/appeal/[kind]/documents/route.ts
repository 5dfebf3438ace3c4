// 下一步 of an appeal: the documents, posted as a plain multipart form (works without JavaScript and
// from a phone camera). A route handler, not a server action, so the body is read with our own cap
// (lib/uploads/read-upload-form) instead of raising the limit of every server action. The outcome
// goes back to the appeal page through a one-time sealed cookie and a 303 redirect, keeping `next`.
import { withNext } from "@/lib/accounts/return-to";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { APPEAL_DOCUMENT_SLOTS, slotField } from "@/lib/recovery/appeal-rules";
import { submitAppeal } from "@/lib/recovery/submit-appeal";
import { fileBytesOf, readUploadForm } from "@/lib/uploads/read-upload-form";
import { isSameOriginPost } from "@/lib/uploads/same-origin";
import { isRecoveryKind } from "../../../_lib/kinds";
import { clearConfirmedAppeal, readConfirmedAppeal, setAppealFlash } from "../../_lib/appeal-cookies";

type Context = { params: Promise<{ kind: string }> };

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const { kind } = await context.params;
  if (!isRecoveryKind(kind) || !isSameOriginPost(request.headers)) return new Response("Forbidden", { status: 403 });
  const page = `/recovery/appeal/${kind}`;
  // The guide step the appeal began from rides in the form's target address (withNext checks it).
  const next = new URL(request.url).searchParams.get("next");
  const back = async (flash: Parameters<typeof setAppealFlash>[0]) => seeOther(withNext(`${page}?upload=${await setAppealFlash(flash)}`, next));

  const ticket = await readConfirmedAppeal(kind);
  if (!ticket) return back({ kind, outcome: "expired" });
  const read = await readUploadForm(request);
  if (!read.ok) return back({ kind, outcome: read.code });

  const files = Object.fromEntries(await Promise.all(APPEAL_DOCUMENT_SLOTS[kind].map(async (slot) => [slot, await fileBytesOf(read.form, slotField(slot))] as const)));
  const result = await submitAppeal({ db: db(), kind, confirmed: ticket.confirmed, files, client: await requestClient() });
  if (result.ok) {
    await clearConfirmedAppeal();
    return back({ kind, outcome: "submitted", reference: result.reference });
  }
  if ("retryAfterSeconds" in result) return back({ kind, outcome: "wait", retryAfterSeconds: result.retryAfterSeconds });
  const fileErrors = Object.fromEntries(APPEAL_DOCUMENT_SLOTS[kind].flatMap((slot) => (result.fileErrors[slot] ? [[slotField(slot), result.fileErrors[slot]]] : [])));
  return back({ kind, outcome: "fileErrors", fileErrors });
}
