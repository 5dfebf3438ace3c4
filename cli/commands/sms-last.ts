// `npm run cli -- sms:last <mobile>`: the newest SMS code the outbox holds for a mobile
// (demos and end-to-end tests read codes this way). Exit 2 when there is none, or when
// SMS_PROVIDER is not the outbox (a real gateway keeps no codes here).
import { InputError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { checkMobile } from "@/lib/identifiers";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import type { CliCommand } from "../command";

export const smsLastCommand: CliCommand = {
  summary: "the newest SMS code sent to a mobile (outbox provider only)",
  usage: "sms:last <mobile>",
  async run(args) {
    if (env().SMS_PROVIDER !== "outbox") throw new InputError("sms.notOutbox", "sms:last needs SMS_PROVIDER=outbox", "mobile");
    const mobile = checkMobile(args.join(" "));
    if (!mobile.ok) throw new InputError("sms.mobile", "usage: sms:last <mobile> (an 11-digit mainland mobile)", "mobile");
    const last = await findLastSmsCode({ mobile: mobile.value });
    if (!last?.code) throw new InputError("sms.none", `no SMS code in the outbox for ${mobile.value}`, "mobile");
    return { mobile: last.mobile, code: last.code, sentAt: last.sentAt.toISOString() };
  },
};
