// How late the event loop runs: a timer due every `intervalMs` measures how much later it fired.
// When the one JavaScript thread is saturated, requests wait in the socket before any code (the
// admission gate included) sees them, so the gate alone cannot tell; a late loop can. The value is
// the largest lag of the last few ticks, so one quiet tick does not hide a busy second.
export interface LagWatch {
  /** Milliseconds the loop recently ran late. */
  current(): number;
  stop(): void;
}

export function watchEventLoopLag(intervalMs = 100, window = 5): LagWatch {
  const recent: number[] = [];
  let expected = performance.now() + intervalMs;
  const timer = setInterval(() => {
    const now = performance.now();
    recent.push(Math.max(0, now - expected));
    if (recent.length > window) recent.shift();
    expected = now + intervalMs;
  }, intervalMs);
  timer.unref();
  return {
    current: () => (recent.length === 0 ? 0 : Math.max(...recent)),
    stop: () => clearInterval(timer),
  };
}
