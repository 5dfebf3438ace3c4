// POST /api/v1/lookup {"q":"<USCC or mobile>","captcha":…} (interfaces.md "Lookup result").
// `captcha` is the ALTCHA payload string (GET /api/v1/captcha, solved). The no-JavaScript sum
// {token, answer} is for people at an HTML form only: here it is refused with 403 like a wrong one.
import { z } from "zod";
import { clientFromHeaders } from "@/lib/audit/request-client";
import { errorResponse, jsonResponse, readJsonBody } from "@/lib/lookup/http";
import { startLookup } from "@/lib/lookup/lookup-service";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  q: z.string(),
  captcha: z.union([z.string().max(8192), z.object({ token: z.string().max(512), answer: z.string().max(32) })]).nullish(),
});

export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readJsonBody(request, bodySchema, "q");
    const clientKey = clientFromHeaders(request.headers);
    return jsonResponse(await startLookup({ q: body.q, captcha: body.captcha, clientKey, channel: "api" }));
  } catch (error) {
    return errorResponse(error);
  }
}
