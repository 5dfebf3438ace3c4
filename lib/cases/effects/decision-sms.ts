// Texts of the decision notices for verification cases. No reason in the message: it can be
// long and is personal; the user reads it on 我的信息 after logging in.
import type { SmsText } from "@/lib/sms/provider";
import type { CaseDecision } from "./types";

const SENDER = "【科技部政务服务平台】";

export function verificationDecisionNotice(reference: string, decision: CaseDecision): SmsText {
  const body =
    decision === "approved"
      ? `${SENDER}您的实名认证申请（${reference}）已审核通过，账号状态为“已认证”。如有疑问请拨打 010-88659000。`
      : `${SENDER}您的实名认证申请（${reference}）未通过审核，原因请登录后在“我的信息”中查看。如有疑问请拨打 010-88659000。`;
  return { body, params: { reference, decision } };
}
