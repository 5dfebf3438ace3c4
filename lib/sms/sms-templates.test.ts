import { describe, expect, it } from "vitest";
import { redactCode } from "./redact-code";
import { parseSmsTemplates, smsTemplatesFrom } from "./sms-templates";

describe("SMS templates", () => {
  it("reads purpose=templateId pairs", () => {
    expect(parseSmsTemplates("lookup=SMS_1001, register=SMS_1002,reset-notice=2048173")).toEqual({
      ok: true,
      templates: { lookup: "SMS_1001", register: "SMS_1002", "reset-notice": "2048173" },
    });
    expect(smsTemplatesFrom(undefined)).toEqual({});
    expect(smsTemplatesFrom("")).toEqual({});
  });

  it("refuses anything else, and a purpose given twice", () => {
    for (const bad of ["lookup", "lookup=", "=SMS_1", "lookup=SMS 1", "Lookup=SMS_1", "lookup=SMS_1,lookup=SMS_2", "lookup:SMS_1"]) {
      expect(parseSmsTemplates(bad)).toEqual({ ok: false });
    }
  });
});

describe("redactCode", () => {
  it("blanks every occurrence of the code and leaves other texts alone", () => {
    expect(redactCode("验证码 123456，再说一遍 123456", "123456")).toBe("验证码 ******，再说一遍 ******");
    expect(redactCode("您的密码已重置", undefined)).toBe("您的密码已重置");
  });
});
