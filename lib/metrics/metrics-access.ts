// Who may read /api/metrics: a scraper presenting METRICS_TOKEN as a bearer token, or a client
// whose address (as the edge server worked it out) is in METRICS_ALLOW (default: this machine
// only). Everyone else gets 404, as if there were nothing here.
import { timingSafeEqual } from "node:crypto";
import type { AddressRanges } from "@/lib/http/client-address";

export interface MetricsAccessInput {
  client: string;
  authorization: string | null;
  allow: AddressRanges;
  token: string | undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mayReadMetrics({ client, authorization, allow, token }: MetricsAccessInput): boolean {
  const bearer = /^Bearer (\S{1,256})$/.exec(authorization ?? "")?.[1];
  if (token && bearer) return sameSecret(bearer, token);
  return allow.trusts(client);
}
