import { describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/log/logger";
import type { SmsProvider, SmsSendRequest } from "@/lib/sms/provider";
import { CollectingSmsProvider } from "./collecting-sms-provider";

describe("CollectingSmsProvider", () => {
  it("keeps messages until flushed, then hands each to the real provider once", async () => {
    const sent: SmsSendRequest[] = [];
    const real: SmsProvider = { name: "test", send: async (r) => void sent.push(r) };
    const collecting = new CollectingSmsProvider();
    await collecting.send({ mobile: "13800000001", purpose: "reset", body: "a", code: "123456" });
    expect(sent).toEqual([]);
    await collecting.flushTo(real);
    await collecting.flushTo(real);
    expect(sent).toEqual([{ mobile: "13800000001", purpose: "reset", body: "a", code: "123456" }]);
  });

  it("goes on after a failed message, logging it without the gateway's words", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const sent: string[] = [];
    const real: SmsProvider = {
      name: "flaky",
      send: async (r) => {
        if (r.body === "bad") throw new Error("gateway refused 13800000001");
        sent.push(r.body);
      },
    };
    const collecting = new CollectingSmsProvider();
    for (const body of ["bad", "good"]) await collecting.send({ mobile: "13800000001", purpose: "x", body });
    await collecting.flushTo(real);
    expect(sent).toEqual(["good"]);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith("recovery.sms.failed", expect.objectContaining({ purpose: "x", errorName: "Error" }));
    expect(JSON.stringify(logged.mock.calls)).not.toContain("13800000001");
    logged.mockRestore();
  });
});
