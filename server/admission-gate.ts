// Load shedding (issue 12.8). Under a burst the server used to accept everything and let requests
// wait their turn for the CPU — 5 % of them over 30 s at 200 connections. The gate lets at most
// `maxInFlight` requests run at once; the next ones wait in a bounded queue, first come first
// served, for at most `maxWaitMs`; whoever cannot get in by then (or finds the queue full) is
// answered 503 with Retry-After at once. A fast "try again shortly" beats a 30-second spinner.
export type Release = () => void;
export type Admission = { admitted: true; release: Release } | { admitted: false; reason: "queue_full" | "waited_too_long" };

export interface GateLimits {
  maxInFlight: number;
  maxQueue: number;
  maxWaitMs: number;
}

interface Waiter {
  admit(): void;
  timer: NodeJS.Timeout;
}

export class AdmissionGate {
  #inFlight = 0;
  readonly #queue: Waiter[] = [];

  constructor(readonly limits: GateLimits) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  get waiting(): number {
    return this.#queue.length;
  }

  enter(): Promise<Admission> {
    if (this.#inFlight < this.limits.maxInFlight) return Promise.resolve(this.#admit());
    if (this.#queue.length >= this.limits.maxQueue) return Promise.resolve({ admitted: false, reason: "queue_full" });
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => resolve(this.#admit()),
        timer: setTimeout(() => {
          const at = this.#queue.indexOf(waiter);
          if (at >= 0) this.#queue.splice(at, 1);
          resolve({ admitted: false, reason: "waited_too_long" });
        }, this.limits.maxWaitMs),
      };
      this.#queue.push(waiter);
    });
  }

  #admit(): Admission {
    this.#inFlight += 1;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        this.#inFlight -= 1;
        const next = this.#queue.shift();
        if (next) {
          clearTimeout(next.timer);
          next.admit();
        }
      },
    };
  }
}
