// `npm run cli -- sms:last <mobile> [--full]`: the newest SMS code the outbox holds for a mobile
// (demos and end-to-end tests read codes this way), or with --full the newest message of any kind
// with its whole text — an approved appeal's set-password link, a login-name hint. Exit 2 when
// there is none, or when SMS_PROVIDER is not the outbox (a real gateway keeps no texts here).
import { db } from "@/lib/db";
import { findLastSmsMessage } from "@/lib/db/sms/find-last-sms-message";
import { InputError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { checkMobile } from "@/lib/identifiers";
import { findLastSmsCode } from "@/lib/sms/find-last-sms-code";
import type { CliCommand } from "../command";

const FULL = "--full";

export const smsLastCommand: CliCommand = {
  summary: "the newest SMS code sent to a mobile; --full: the newest message's whole text (outbox provider only)",
  usage: "sms:last <mobile> [--full]",
  async run(args) {
    if (env().SMS_PROVIDER !== "outbox") throw new InputError("sms.notOutbox", "sms:last needs SMS_PROVIDER=outbox", "mobile");
    const full = args.includes(FULL);
    const mobile = checkMobile(args.filter((arg) => arg !== FULL).join(" "));
    if (!mobile.ok) throw new InputError("sms.mobile", "usage: sms:last <mobile> [--full] (an 11-digit mainland mobile)", "mobile");
    if (full) {
      const message = await findLastSmsMessage({ db: db(), mobile: mobile.value });
      if (!message) throw new InputError("sms.none", `no SMS in the outbox for ${mobile.value}`, "mobile");
      return { mobile: message.mobile, purpose: message.purpose, body: message.body, code: message.code, sentAt: message.sentAt.toISOString() };
    }
    const last = await findLastSmsCode({ mobile: mobile.value });
    if (!last?.code) throw new InputError("sms.none", `no SMS code in the outbox for ${mobile.value}`, "mobile");
    return { mobile: last.mobile, code: last.code, sentAt: last.sentAt.toISOString() };
  },
};
