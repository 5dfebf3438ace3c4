// GET /api/v1/captcha → a fresh ALTCHA challenge for the `altcha` web component
// (<altcha-widget challenge="/api/v1/captcha">). With CAPTCHA=off there is nothing to solve: 404.
import { createCaptcha } from "@/lib/captcha/captcha";
import { errorResponse, jsonResponse } from "@/lib/lookup/http";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const captcha = await createCaptcha();
    if (!captcha.altcha) return jsonResponse({ error: "captcha disabled" }, 404);
    return jsonResponse(captcha.altcha);
  } catch (error) {
    return errorResponse(error);
  }
}
