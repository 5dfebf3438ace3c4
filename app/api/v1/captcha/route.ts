// GET /api/v1/captcha → a fresh ALTCHA challenge for the `altcha` web component
// (<altcha-widget challenge="/api/v1/captcha">) and for API clients, which must solve it (the
// no-JavaScript sum is for HTML forms only). With CAPTCHA=off there is nothing to solve: 404.
import { createAltchaChallenge } from "@/lib/captcha/altcha";
import { captchaEnabled } from "@/lib/captcha/captcha";
import { errorResponse, jsonResponse } from "@/lib/lookup/http";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    if (!captchaEnabled()) return jsonResponse({ error: "captcha disabled" }, 404);
    return jsonResponse(await createAltchaChallenge());
  } catch (error) {
    return errorResponse(error);
  }
}
