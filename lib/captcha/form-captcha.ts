import "server-only";
// The captcha of an HTML form in the current request: issued to and checked for the address
// `requestClient()` finds, so a sum printed for one client and form works only there.
import { requestClient } from "@/lib/audit/request-client";
import { createCaptcha, verifyCaptcha, type CaptchaData, type CaptchaForm, type CaptchaPayload } from "./captcha";

export async function createFormCaptcha(form: CaptchaForm): Promise<CaptchaData> {
  return createCaptcha({ form, client: await requestClient() });
}

export async function verifyFormCaptcha(payload: CaptchaPayload | null | undefined, form: CaptchaForm): Promise<boolean> {
  return verifyCaptcha(payload, { form, client: await requestClient(), channel: "form" });
}
