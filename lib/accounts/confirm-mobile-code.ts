import "server-only";
// Checks (and by default spends) an SMS code for an account flow: true only when the code is
// right, unused, unexpired, sent for this purpose, AND was sent to the mobile the form names (the
// challenge travels through the browser, so a code for one number must not confirm another).
import type { Db } from "@/lib/db";
import type { SmsPurpose } from "@/lib/sms/code-rules";
import { verifySmsCode } from "@/lib/sms/codes";
import { SmsCodeError } from "@/lib/sms/errors";

export async function confirmMobileCode(options: {
  db: Db;
  challenge: string;
  code: string;
  mobile: string;
  purpose: SmsPurpose;
  /** false: check without using the code up (see verifySmsCode). */
  spend?: boolean;
  now?: Date;
}): Promise<boolean> {
  try {
    const sentTo = await verifySmsCode({ db: options.db, challenge: options.challenge, code: options.code, purpose: options.purpose, spend: options.spend, now: options.now });
    return sentTo === options.mobile;
  } catch (error) {
    if (error instanceof SmsCodeError) return false;
    throw error;
  }
}
