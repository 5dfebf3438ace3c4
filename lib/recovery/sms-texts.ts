// The texts of the notices recovery sends by SMS (no codes: those come from lib/sms). Who sends,
// what happened, and the support phone, because a notice nobody expected may mean an attack.
// Each comes with its variable parts as params, for gateways that only send pre-approved templates.
import type { SmsText } from "@/lib/sms/provider";

const SENDER = "【科技部政务服务平台】";
const SUPPORT = "如非本人操作，请立即拨打技术支持电话 010-88659000。";

/** After 登录名重置密码, to the reserved mobile. */
export function passwordResetNotice(maskedLoginName: string): SmsText {
  return {
    body: `${SENDER}您的账号（登录名 ${maskedLoginName}）的密码已重置，所有已登录的设备均已退出。${SUPPORT}`,
    params: { loginName: maskedLoginName },
  };
}

/** The E-R4 hint: the legal account's full login name, to its own reserved mobile only. */
export function loginNameHint(loginName: string): SmsText {
  return {
    body: `${SENDER}您单位法人账号的登录名为 ${loginName}，请在“法人登录”窗口登录；忘记密码可通过“忘记密码”→“登录名重置密码”找回。${SUPPORT}`,
    params: { loginName },
  };
}

/** An approved appeal: the login name and the single-use link to set a new password. */
export function appealApprovedNotice(reference: string, loginName: string, link: string, validHours: number): SmsText {
  return {
    body: `${SENDER}您的申诉（${reference}）已审核通过。账号登录名为 ${loginName}。请在 ${validHours} 小时内打开以下链接设置新密码（仅可使用一次）：${link} ${SUPPORT}`,
    params: { reference, loginName, link, validHours: String(validHours) },
  };
}

/** A rejected appeal: the reason is on the status page, reached with the reference and this mobile. */
export function appealRejectedNotice(reference: string): SmsText {
  return {
    body: `${SENDER}您的申诉（${reference}）未通过审核，原因请在“忘记密码”→“查询申诉进度”中查看。如有疑问请拨打 010-88659000。`,
    params: { reference },
  };
}

/** After a password was set through an approved appeal's link. */
export function passwordSetNotice(maskedLoginName: string): SmsText {
  return {
    body: `${SENDER}您的账号（登录名 ${maskedLoginName}）已通过申诉设置新密码，所有已登录的设备均已退出。${SUPPORT}`,
    params: { loginName: maskedLoginName },
  };
}
