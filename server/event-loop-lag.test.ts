import { describe, expect, it } from "vitest";
import { watchEventLoopLag } from "./event-loop-lag";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("watchEventLoopLag", () => {
  it("sees a blocked loop and forgets it a few ticks later", async () => {
    const watch = watchEventLoopLag(20, 3);
    try {
      await sleep(60);
      const busyUntil = performance.now() + 300;
      while (performance.now() < busyUntil) {
        // Keep the thread busy, as a long render would.
      }
      await sleep(25);
      const blocked = watch.current();
      expect(blocked).toBeGreaterThanOrEqual(200);
      // Once the loop runs freely again, the busy tick leaves the window.
      await sleep(500);
      expect(watch.current()).toBeLessThan(blocked);
    } finally {
      watch.stop();
    }
  });
});
