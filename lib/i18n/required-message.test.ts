import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "@/messages/zh-CN";
import { requiredMessage, type Translator } from "./required-message";

const t = createTranslator({ locale: "zh-CN", messages }) as unknown as Translator;

describe("requiredMessage", () => {
  it("names the empty field by its label", () => {
    expect(requiredMessage(t, "loginName")).toBe("请填写登录名。");
    expect(requiredMessage(t, "password")).toBe("请填写密码。");
    expect(requiredMessage(t, "reason")).toBe("请填写申诉原因。");
    expect(requiredMessage(t, "agentName")).toBe("请填写经办人姓名。");
  });

  it("keeps the general words for a field without a label", () => {
    expect(requiredMessage(t, "challenge")).toBe("请填写此项。");
  });
});
