import { afterEach, describe, expect, it, vi } from "vitest";
import { AdmissionGate, type Admission } from "./admission-gate";

afterEach(() => {
  vi.useRealTimers();
});

function released(admission: Admission): () => void {
  if (!admission.admitted) throw new Error(`not admitted: ${admission.reason}`);
  return admission.release;
}

describe("AdmissionGate", () => {
  it("admits up to maxInFlight at once and the queue in arrival order as places free up", async () => {
    const gate = new AdmissionGate({ maxInFlight: 2, maxQueue: 5, maxWaitMs: 1_000 });
    const first = released(await gate.enter());
    released(await gate.enter());
    const order: string[] = [];
    const third = gate.enter().then((a) => (order.push("third"), a));
    const fourth = gate.enter().then((a) => (order.push("fourth"), a));
    expect(gate.waiting).toBe(2);
    first();
    first(); // a second release of the same admission frees nothing more
    expect(released(await third)).toBeTypeOf("function");
    expect(order).toEqual(["third"]);
    expect(gate.inFlight).toBe(2);
    expect(gate.waiting).toBe(1);
    void fourth;
  });

  it("refuses at once when the queue is full", async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 1_000 });
    released(await gate.enter());
    void gate.enter();
    expect(await gate.enter()).toEqual({ admitted: false, reason: "queue_full" });
  });

  it("gives up on a request that waited longer than maxWaitMs and forgets it", async () => {
    vi.useFakeTimers();
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueue: 5, maxWaitMs: 500 });
    const running = released(await gate.enter());
    const waiting = gate.enter();
    await vi.advanceTimersByTimeAsync(501);
    expect(await waiting).toEqual({ admitted: false, reason: "waited_too_long" });
    expect(gate.waiting).toBe(0);
    running();
    expect(gate.inFlight).toBe(0);
  });
});
