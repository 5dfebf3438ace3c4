// The production server (`npm start`, `npm run demo`, the end-to-end tests and the container):
// Next.js behind a thin edge of our own, because `next start` cannot tell a client's forged
// X-Forwarded-For from a proxy's (issue 12.3) and cannot shed load (issue 12.8). See edge-handler.ts
// for what happens to each request. Settings: HOST, PORT, TRUSTED_PROXIES, LOAD_SHEDDING,
// MAX_IN_FLIGHT, QUEUE_WAIT_MS, MAX_EVENT_LOOP_LAG_MS (README "Configuration").
import { createServer } from "node:http";
import path from "node:path";
import { env } from "../lib/env";
import { parseTrustedProxies } from "../lib/http/client-address";
import { markEdgeServerRunning } from "../lib/http/edge-marker";
import { errorFields, logger } from "../lib/log/logger";
import { AdmissionGate } from "./admission-gate";
import { edgeHandler } from "./edge-handler";
import { watchEventLoopLag } from "./event-loop-lag";

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  // Next reads NODE_ENV when it loads, so set it before the import below.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
  const config = env();
  const trusted = parseTrustedProxies(config.TRUSTED_PROXIES);
  const host = process.env.HOST || undefined;
  const root = path.resolve(import.meta.dirname, "..");
  markEdgeServerRunning();

  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname: host ?? "localhost", port: config.PORT });
  await app.prepare();
  const gate =
    config.LOAD_SHEDDING === "on"
      ? new AdmissionGate({ maxInFlight: config.MAX_IN_FLIGHT, maxQueue: config.MAX_IN_FLIGHT * 8, maxWaitMs: config.QUEUE_WAIT_MS })
      : null;
  const lag = gate ? { watch: watchEventLoopLag(), maxMs: config.MAX_EVENT_LOOP_LAG_MS } : undefined;
  const server = createServer(edgeHandler({ next: app.getRequestHandler(), trusted, gate, lag }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, host, resolve);
  });
  logger.info("server.started", {
    port: config.PORT,
    host: host ?? "*",
    trustedProxies: trusted.none ? "none" : "configured",
    loadShedding: gate ? `${config.MAX_IN_FLIGHT} in flight, ${config.QUEUE_WAIT_MS} ms queue, ${config.MAX_EVENT_LOOP_LAG_MS} ms lag` : "off",
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("server.stopping", { signal });
    // Let requests in progress finish; a load balancer has stopped sending new ones (/api/ready).
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  logger.error("server.start_failed", { ...errorFields(error), message: error instanceof Error ? error.message.slice(0, 300) : undefined });
  process.exit(1);
});
