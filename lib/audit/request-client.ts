import "server-only";
// The client address of the current request, for throttling and the audit trail. The edge server
// (server/main.ts, started by `npm start`) works it out from the socket and TRUSTED_PROXIES
// (lib/http/client-address.ts) and passes it in CLIENT_ADDRESS_HEADER, which it sets on every
// request, so a client cannot choose it. Without the edge server in this process (`next dev`, or
// `next start` run by hand) nothing vouches for that header: every client is then "unknown" and
// shares one budget, which is safe, and a warning says so once.
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, edgeServerRunning } from "@/lib/http/edge-marker";
import { logger } from "@/lib/log/logger";

let warned = false;

export function clientFromHeaders(h: Pick<Headers, "get">): string {
  if (!edgeServerRunning()) {
    if (!warned) logger.warn("client.address.unverified", { hint: "start the app with npm start (server/main.ts)" });
    warned = true;
    return "unknown";
  }
  const value = h.get(CLIENT_ADDRESS_HEADER);
  // Bounded and plain: the value ends up in keys and in the audit trail.
  return value && /^[0-9a-f:.]{2,45}$/.test(value) ? value : "unknown";
}

export async function requestClient(): Promise<string> {
  return clientFromHeaders(await headers());
}
