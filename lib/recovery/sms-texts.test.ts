// Notices carry their variable parts as params too, for gateways that send pre-approved templates
// (SMS_PROVIDER=http with SMS_TEMPLATES): every param is in the text, and nothing variable is not.
import { describe, expect, it } from "vitest";
import { verificationDecisionNotice } from "@/lib/cases/effects/decision-sms";
import { appealApprovedNotice, appealRejectedNotice, loginNameHint, passwordResetNotice, passwordSetNotice } from "./sms-texts";

const link = "https://example.gov.cn/recovery/set-password?grant=abc";
const cases = [
  { name: "reset", text: passwordResetNotice("hj****01"), params: { loginName: "hj****01" } },
  { name: "hint", text: loginNameHint("HJ_91110108MA01ET88XL"), params: { loginName: "HJ_91110108MA01ET88XL" } },
  { name: "approved", text: appealApprovedNotice("SS-2026-ABCD", "hongxingkeji", link, 72), params: { reference: "SS-2026-ABCD", loginName: "hongxingkeji", link, validHours: "72" } },
  { name: "rejected", text: appealRejectedNotice("SS-2026-ABCD"), params: { reference: "SS-2026-ABCD" } },
  { name: "set", text: passwordSetNotice("ho****ji"), params: { loginName: "ho****ji" } },
  { name: "verified", text: verificationDecisionNotice("RZ-2026-ABCD", "approved"), params: { reference: "RZ-2026-ABCD", decision: "approved" } },
  { name: "not verified", text: verificationDecisionNotice("RZ-2026-ABCD", "rejected"), params: { reference: "RZ-2026-ABCD", decision: "rejected" } },
];

describe("SMS notice texts", () => {
  it.each(cases)("$name: the params name the variable parts of the body", ({ text, params }) => {
    expect(text.params).toEqual(params);
    for (const [name, value] of Object.entries(params)) if (name !== "decision") expect(text.body).toContain(value);
    expect(text.body.startsWith("【科技部政务服务平台】")).toBe(true);
  });
});
