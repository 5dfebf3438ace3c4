// Where the time went, from the server's own /api/metrics (read from this machine, which
// METRICS_ALLOW lets in), sampled before and after a burst: how busy the server's one JavaScript
// thread was (CPU seconds per second; 1.0 = saturated) and the event loop's lag. A saturated
// thread with a lag of seconds means requests waited for the CPU (rendering), not the database.
export interface ServerSample {
  cpuSeconds: number;
  at: number;
  eventLoopLagP99Ms: number;
}

export interface ServerFigures {
  cpuPerSecond: number;
  eventLoopLagP99Ms: number;
}

function first(text: string, pattern: RegExp): number {
  return Number(pattern.exec(text)?.[1] ?? 0);
}

export async function sampleServer(url: string): Promise<ServerSample> {
  const text = await (await fetch(`${url}/api/metrics`)).text();
  return {
    cpuSeconds: first(text, /^process_cpu_seconds_total ([0-9.e+-]+)$/m),
    at: Date.now(),
    eventLoopLagP99Ms: Math.round(first(text, /^nodejs_eventloop_lag_p99_seconds ([0-9.e+-]+)$/m) * 1000),
  };
}

export function serverFigures(before: ServerSample, after: ServerSample): ServerFigures {
  const seconds = (after.at - before.at) / 1000;
  return { cpuPerSecond: Math.round(((after.cpuSeconds - before.cpuSeconds) / seconds) * 100) / 100, eventLoopLagP99Ms: after.eventLoopLagP99Ms };
}
