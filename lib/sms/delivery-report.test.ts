import { describe, expect, it } from "vitest";
import { deliveryReportSchema, isAuthorisedGateway } from "./delivery-report";

describe("delivery reports", () => {
  it("accept the configured bearer token only", () => {
    const token = "callback-token-0123456789";
    expect(isAuthorisedGateway(`Bearer ${token}`, token)).toBe(true);
    for (const header of [null, "", token, `Basic ${token}`, `Bearer ${token}x`, `Bearer  ${token}`, "Bearer "]) {
      expect(isAuthorisedGateway(header, token)).toBe(false);
    }
  });

  it("name the message by key or id, with a known status and a tidy error code", () => {
    const key = "0b6f7c1e-3d1a-4c55-9f0e-7a1d2c3b4a59";
    expect(deliveryReportSchema.safeParse({ idempotencyKey: key, status: "delivered" }).success).toBe(true);
    expect(deliveryReportSchema.safeParse({ id: "gw-1", status: "failed", error: "isv.BUSINESS_LIMIT_CONTROL", at: "2026-12-01T08:00:00+08:00" }).success).toBe(true);
    expect(deliveryReportSchema.safeParse({ status: "delivered" }).success).toBe(false);
    expect(deliveryReportSchema.safeParse({ idempotencyKey: "not-a-uuid", status: "delivered" }).success).toBe(false);
    expect(deliveryReportSchema.safeParse({ id: "gw-1", status: "failed", error: "手机号 13900000000 无效" }).success).toBe(false);
    expect(deliveryReportSchema.safeParse({ id: "gw-1", status: "delivered", at: "yesterday" }).success).toBe(false);
  });
});
