// What the edge server decides about each request before Next sees it (issues 12.3, 12.5, 15.4):
// who the client is, whether it came over HTTPS, and its request id. Headers a client could forge
// are removed unless the peer is a trusted proxy; the headers the application relies on are always
// set here, so a client can never supply them.
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { firstForwardedValue, normaliseAddress, resolveClientAddress, type TrustedProxies } from "../lib/http/client-address";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "../lib/http/edge-marker";

/** Forwarded facts only a trusted proxy may state. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip", REQUEST_ID_HEADER];

export interface EdgeFacts {
  clientAddress: string;
  https: boolean;
  requestId: string;
}

export interface SocketFacts {
  remoteAddress: string | undefined;
  encrypted: boolean;
}

/** Rewrites `headers` in place and returns what it decided. */
export function prepareRequestHeaders(headers: IncomingHttpHeaders, socket: SocketFacts, trusted: TrustedProxies): EdgeFacts {
  const peer = normaliseAddress(socket.remoteAddress);
  const fromTrustedProxy = peer !== null && trusted.trusts(peer);
  const clientAddress = resolveClientAddress({ peer: socket.remoteAddress, forwardedFor: headers["x-forwarded-for"], trusted });
  const forwardedProto = fromTrustedProxy ? firstForwardedValue(headers["x-forwarded-proto"]) : undefined;
  const https = socket.encrypted || forwardedProto === "https";
  const offeredId = fromTrustedProxy ? headers[REQUEST_ID_HEADER] : undefined;
  const requestId = typeof offeredId === "string" && /^[A-Za-z0-9._-]{8,64}$/.test(offeredId) ? offeredId : randomUUID();
  if (!fromTrustedProxy) for (const name of FORWARDED_HEADERS) delete headers[name];
  headers[CLIENT_ADDRESS_HEADER] = clientAddress;
  headers["x-forwarded-proto"] = https ? "https" : "http";
  headers[REQUEST_ID_HEADER] = requestId;
  return { clientAddress, https, requestId };
}

export type RouteGroup = "static" | "health" | "api" | "page" | "action";

/** A small, fixed set of names for metrics and shedding (never the path itself). */
export function routeGroup(method: string | undefined, path: string): RouteGroup {
  if (path.startsWith("/_next/static/") || path.startsWith("/_next/image") || path === "/favicon.ico") return "static";
  if (path === "/api/health" || path === "/api/ready" || path === "/api/metrics") return "health";
  if (path.startsWith("/api/")) return "api";
  return method === "POST" ? "action" : "page";
}
