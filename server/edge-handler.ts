// The edge server's request listener: prepares each request (edge-request.ts), sheds load
// (admission-gate.ts), hands the request to Next inside its request context, and logs and
// measures it when it ends. Static files and the health probes pass the gate: they are cheap, and
// a probe must answer even when the server is full. Its own answers (503 when shedding, the 500
// fallback) never pass through Next, so they get the security headers Next adds to the others.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { TrustedProxies } from "../lib/http/client-address";
import { RESPONSE_SECURITY_HEADERS } from "../lib/http/response-headers.mjs";
import { STRICT_TRANSPORT_SECURITY } from "../lib/http/security-headers";
import { errorFields, logger } from "../lib/log/logger";
import { redactPath } from "../lib/log/redact-path";
import { runInRequestContext } from "../lib/log/request-context";
import { metrics } from "../lib/metrics/registry";
import busy from "../messages/zh-CN/edge.json";
import type { AdmissionGate } from "./admission-gate";
import type { LagWatch } from "./event-loop-lag";
import { prepareRequestHeaders, routeGroup } from "./edge-request";

/** Seconds a shed client is told to wait; short, since bursts pass quickly. */
const RETRY_AFTER_SECONDS = 5;

export interface EdgeHandlerOptions {
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  trusted: TrustedProxies;
  /** null: load shedding off. */
  gate: AdmissionGate | null;
  /** With the gate: above this event-loop lag (ms), new requests are shed at once. */
  lag?: { watch: LagWatch; maxMs: number };
}

function setSecurityHeaders(res: ServerResponse): void {
  for (const { key, value } of RESPONSE_SECURITY_HEADERS) res.setHeader(key, value);
}

function shed(res: ServerResponse, api: boolean): void {
  res.statusCode = 503;
  setSecurityHeaders(res);
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.setHeader("Cache-Control", "no-store");
  if (api) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(JSON.stringify({ error: busy.edge.busy, retryAfterSeconds: RETRY_AFTER_SECONDS }));
  } else {
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end(busy.edge.busy);
  }
}

export function edgeHandler({ next, trusted, gate, lag }: EdgeHandlerOptions): RequestListener {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const facts = prepareRequestHeaders(req.headers, { remoteAddress: req.socket.remoteAddress, encrypted: "encrypted" in req.socket && req.socket.encrypted === true }, trusted);
    const path = (req.url ?? "/").split("?")[0].slice(0, 200);
    const group = routeGroup(req.method, path);
    res.setHeader("X-Request-Id", facts.requestId);
    if (facts.https) res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);

    runInRequestContext({ requestId: facts.requestId }, () => {
      res.once("close", () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const status = res.headersSent ? res.statusCode : 0;
        metrics().httpRequests.observe({ method: req.method === "POST" ? "POST" : "GET", group, status: `${Math.floor(status / 100)}xx` }, seconds);
        // Path only, its secret segments replaced: query strings and the password-set link carry
        // tokens; no client address (personal data).
        const line = { method: req.method, path: redactPath(path), status, ms: Math.round(seconds * 1000) };
        if (group === "static") logger.debug("http.request", line);
        else logger.info("http.request", line);
      });
      void serve(req, res, group).catch((error: unknown) => {
        logger.error("http.failed", errorFields(error));
        if (!res.headersSent) {
          res.statusCode = 500;
          setSecurityHeaders(res);
        }
        res.end();
      });
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse, group: ReturnType<typeof routeGroup>): Promise<void> {
    if (!gate || group === "static" || group === "health") return next(req, res);
    if (lag && lag.watch.current() > lag.maxMs) {
      metrics().shed.inc({ reason: "event_loop_lag" });
      return shed(res, group === "api");
    }
    const admission = await gate.enter();
    if (!admission.admitted) {
      metrics().shed.inc({ reason: admission.reason });
      return shed(res, group === "api");
    }
    res.once("close", admission.release);
    // A client that gave up while queued costs nothing more.
    if (req.destroyed || res.destroyed) return admission.release();
    return next(req, res);
  }
}
