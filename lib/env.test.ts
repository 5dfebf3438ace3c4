import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const problems = (source: Record<string, string>) => {
  try {
    parseEnv(source);
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("configuration of the integrations", () => {
  it("keeps the embedded defaults: outbox, registry, local disk", () => {
    expect(parseEnv({})).toMatchObject({
      SMS_PROVIDER: "outbox", SMS_HTTP_TIMEOUT_MS: 5000, SMS_HTTP_RETRIES: 2, SMS_RETENTION_DAYS: 30,
      IDENTITY_VERIFIER: "registry", IDENTITY_HTTP_TIMEOUT_MS: 5000, UPLOAD_STORE: "local", S3_FORCE_PATH_STYLE: "false", S3_PREFIX: "",
    });
  });

  it("asks for the gateway's URL and token together with SMS_PROVIDER=http", () => {
    const message = problems({ SMS_PROVIDER: "http" });
    expect(message).toContain("SMS_HTTP_URL: required when SMS_PROVIDER=http");
    expect(message).toContain("SMS_HTTP_TOKEN: required when SMS_PROVIDER=http");
    expect(problems({ SMS_PROVIDER: "http", SMS_HTTP_URL: "https://sms.example.gov.cn/send", SMS_HTTP_TOKEN: "short" })).toContain("SMS_HTTP_TOKEN");
    expect(problems({ SMS_PROVIDER: "http", SMS_HTTP_URL: "ftp://x", SMS_HTTP_TOKEN: "0123456789abcdef" })).toContain("SMS_HTTP_URL");
    expect(problems({ SMS_PROVIDER: "http", SMS_HTTP_URL: "https://sms.example.gov.cn/send", SMS_HTTP_TOKEN: "0123456789abcdef", SMS_HTTP_TEMPLATES: "lookup" })).toContain("SMS_HTTP_TEMPLATES");
    expect(problems({ SMS_PROVIDER: "http", SMS_HTTP_URL: "https://sms.example.gov.cn/send", SMS_HTTP_TOKEN: "0123456789abcdef", SMS_HTTP_TEMPLATES: "lookup=SMS_1" })).toBe("");
  });

  it("asks for the identity source's URL and token with IDENTITY_VERIFIER=http", () => {
    expect(problems({ IDENTITY_VERIFIER: "http" })).toMatch(/IDENTITY_HTTP_URL: required.*IDENTITY_HTTP_TOKEN: required/);
    expect(problems({ IDENTITY_VERIFIER: "http", IDENTITY_HTTP_URL: "https://id.example.gov.cn/check", IDENTITY_HTTP_TOKEN: "0123456789abcdef", IDENTITY_HTTP_TIMEOUT_MS: "10" })).toContain("IDENTITY_HTTP_TIMEOUT_MS");
  });

  it("asks for bucket and region with UPLOAD_STORE=s3, and for both halves of a credential", () => {
    expect(problems({ UPLOAD_STORE: "s3" })).toMatch(/S3_BUCKET: required.*S3_REGION: required/);
    const s3 = { UPLOAD_STORE: "s3", S3_BUCKET: "documents", S3_REGION: "cn-north-1" };
    expect(problems(s3)).toBe("");
    expect(problems({ ...s3, S3_ACCESS_KEY_ID: "AKIA0000" })).toContain("S3_SECRET_ACCESS_KEY: required");
    expect(problems({ ...s3, S3_SECRET_ACCESS_KEY: "secret" })).toContain("S3_ACCESS_KEY_ID: required");
    expect(problems({ ...s3, S3_PREFIX: "../x y" })).toContain("S3_PREFIX");
    expect(problems({ ...s3, S3_FORCE_PATH_STYLE: "yes" })).toContain("S3_FORCE_PATH_STYLE");
  });
});
