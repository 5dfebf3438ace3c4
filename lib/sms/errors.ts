// Why an SMS code was not accepted. All are the caller's input problems (HTTP 400, field "code"):
// `sms.code.format` not six digits; `sms.code.wrong` compared and wrong (tries remain or not);
// `sms.code.expired` nothing left to compare against — unknown, expired, used, sent for another
// purpose, or out of tries. The message asks for a new code in that last case.
// SmsSendError is not the caller's fault: the gateway could not take the message; its words ask to try later.
import { AppError, InputError } from "@/lib/errors/app-error";

export type SmsCodeErrorCode = "sms.code.format" | "sms.code.wrong" | "sms.code.expired";

const MESSAGES: Record<SmsCodeErrorCode, string> = {
  "sms.code.format": "请输入短信中的 6 位数字验证码。",
  "sms.code.wrong": "验证码不正确，请核对短信后重新输入。",
  "sms.code.expired": "验证码已失效，请重新获取验证码。",
};

export class SmsCodeError extends InputError {
  constructor(code: SmsCodeErrorCode) {
    super(code, MESSAGES[code], "code");
    this.name = "SmsCodeError";
  }
}

export class SmsSendError extends AppError {
  constructor() {
    super("sms.send.failed", "短信暂时无法发送，请稍后重新获取。如问题持续，请拨打 010-88659000。");
    this.name = "SmsSendError";
  }
}
