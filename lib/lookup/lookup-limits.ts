// Rate limits of the public lookup, set by the operator in the environment:
//   LOOKUP_RATE_LIMIT=on|off                   (default on; `off` only for benchmarks and local tests)
//   LOOKUP_RATE_LIMIT_CLIENT=30/600            lookups per client address per 10 minutes
//   LOOKUP_RATE_LIMIT_IDENTIFIER=10/3600       lookups of one USCC or mobile by one client per hour
//   LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL=100/3600  lookups of one USCC or mobile by everyone per hour
//   LOOKUP_RATE_LIMIT_NOJS=10/600              lookups per client answered with the no-JavaScript sum
// Values are `<requests>/<seconds>`. A malformed value stops the request path with a message that
// names the variable instead of silently running without a limit.
//
// The per-identifier limit is kept per client: keyed by the identifier alone, anyone could block a
// company's lookups for an hour by looking it up ten times. The global ceiling per identifier is
// generous and is there only against a botnet walking one code. The sum costs a bot nothing, so
// lookups answered with it get a smaller budget of their own on top of the client's.
import type { Limit as KeyedLimit } from "@/lib/rate-limit/consume-limits";
import { parseLimit } from "@/lib/rate-limit/window-rules";

type EnvSource = Readonly<Record<string, string | undefined>>;

export interface Limit {
  points: number;
  durationSeconds: number;
}

export interface LookupLimits {
  enabled: boolean;
  client: Limit;
  identifier: Limit;
  identifierGlobal: Limit;
  noJs: Limit;
}

const DEFAULTS = {
  client: { points: 30, durationSeconds: 600 },
  identifier: { points: 10, durationSeconds: 3600 },
  identifierGlobal: { points: 100, durationSeconds: 3600 },
  noJs: { points: 10, durationSeconds: 600 },
};

function readLimit(name: string, fallback: Limit, source: EnvSource): Limit {
  const text = source[name];
  if (text === undefined || text.trim() === "") return fallback;
  const parsed = parseLimit(text);
  if (!parsed) throw new Error(`Invalid configuration: ${name} must look like 30/600 (requests/seconds), got "${text}"`);
  return parsed;
}

export function lookupLimits(source: EnvSource = process.env): LookupLimits {
  const switchValue = (source.LOOKUP_RATE_LIMIT ?? "on").trim().toLowerCase();
  if (switchValue !== "on" && switchValue !== "off") {
    throw new Error(`Invalid configuration: LOOKUP_RATE_LIMIT must be on or off, got "${source.LOOKUP_RATE_LIMIT}"`);
  }
  return {
    enabled: switchValue === "on",
    client: readLimit("LOOKUP_RATE_LIMIT_CLIENT", DEFAULTS.client, source),
    identifier: readLimit("LOOKUP_RATE_LIMIT_IDENTIFIER", DEFAULTS.identifier, source),
    identifierGlobal: readLimit("LOOKUP_RATE_LIMIT_IDENTIFIER_GLOBAL", DEFAULTS.identifierGlobal, source),
    noJs: readLimit("LOOKUP_RATE_LIMIT_NOJS", DEFAULTS.noJs, source),
  };
}

/** Every limit one lookup request is counted against (all or nothing); none when switched off. */
export function lookupRequestLimits(limits: LookupLimits, request: { client: string; identifier: string; sumCaptcha: boolean }): KeyedLimit[] {
  if (!limits.enabled) return [];
  const { client, identifier } = request;
  return [
    { key: `lookup:client:${client}`, ...limits.client },
    { key: `lookup:id:${client}:${identifier}`, ...limits.identifier },
    { key: `lookup:id:${identifier}`, ...limits.identifierGlobal },
    ...(request.sumCaptcha ? [{ key: `lookup:nojs:client:${client}`, ...limits.noJs }] : []),
  ];
}

/** The confirm step (the SMS code of a mobile lookup): per client; each code allows five tries itself. */
export function confirmRequestLimits(limits: LookupLimits, client: string): KeyedLimit[] {
  return limits.enabled ? [{ key: `lookup-confirm:client:${client}`, ...limits.client }] : [];
}
