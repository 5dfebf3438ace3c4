// One burst with autocannon: `connections` clients, each sending the next request of a mix as soon
// as its previous one is answered, for `seconds`. Every response time is kept (autocannon's own
// summary only has percentiles), so the shares over 5 s and 30 s are exact counts.
import autocannon from "autocannon";

export interface BurstFigures {
  responses: number;
  perSecond: number;
  over5sShare: number;
  over30sShare: number;
  p50: number;
  p99: number;
  shedShare: number;
  shedP99: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);

export async function burst(options: { url: string; connections: number; seconds: number; inputs: string[] }): Promise<BurstFigures> {
  let i = 0;
  const lookupBody = () => JSON.stringify({ q: options.inputs[i++ % options.inputs.length] });
  const times: number[] = [];
  const shedTimes: number[] = [];
  const requests: autocannon.Request[] = [
    { method: "GET", path: "/guide" },
    { method: "POST", path: "/api/v1/lookup", headers: { "content-type": "application/json" }, setupRequest: (request) => ({ ...request, body: lookupBody() }) },
    { method: "GET", path: "/faq" },
    { method: "GET", path: "/login/natural" },
  ];
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    // timeout: long enough to see the 30-second waits this is about (autocannon's default is 10 s).
    const settings = { url: options.url, connections: options.connections, duration: options.seconds, timeout: 60, requests };
    instance = autocannon(settings, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance?.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    if (statusCode === 503) shedTimes.push(responseTime);
  });
  const result = await finished;
  times.sort((a, b) => a - b);
  shedTimes.sort((a, b) => a - b);
  return {
    responses: times.length,
    perSecond: Math.round(times.length / options.seconds),
    over5sShare: share(times.filter((t) => t > 5_000).length, times.length),
    over30sShare: share(times.filter((t) => t > 30_000).length, times.length),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    shedShare: share(shedTimes.length, times.length),
    shedP99: percentile(shedTimes, 99),
    errors: result.errors + result.timeouts,
  };
}
