// POST /api/v1/lookup/confirm {"challenge":"…","code":"…"} → the lookup result for the mobile the
// SMS code was sent to (interfaces.md "Lookup result").
import { z } from "zod";
import { clientFromHeaders } from "@/lib/audit/request-client";
import { errorResponse, jsonResponse, readJsonBody } from "@/lib/lookup/http";
import { confirmLookup } from "@/lib/lookup/lookup-service";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ challenge: z.string().min(1).max(64), code: z.string().max(16) });

export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readJsonBody(request, bodySchema, "code");
    const clientKey = clientFromHeaders(request.headers);
    return jsonResponse(await confirmLookup({ challenge: body.challenge, code: body.code, clientKey }));
  } catch (error) {
    return errorResponse(error);
  }
}
