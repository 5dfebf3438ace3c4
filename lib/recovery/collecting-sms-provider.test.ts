import { describe, expect, it } from "vitest";
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

  it("goes on after a failed message", async () => {
    const sent: string[] = [];
    const real: SmsProvider = {
      name: "flaky",
      send: async (r) => {
        if (r.body === "bad") throw new Error("gateway down");
        sent.push(r.body);
      },
    };
    const collecting = new CollectingSmsProvider();
    for (const body of ["bad", "good"]) await collecting.send({ mobile: "13800000001", purpose: "x", body });
    await collecting.flushTo(real);
    expect(sent).toEqual(["good"]);
  });
});
