// Rate limits of the public lookup, set by the operator in the environment:
//   LOOKUP_RATE_LIMIT=on|off          (default on; `off` only for benchmarks and local tests)
//   LOOKUP_RATE_LIMIT_CLIENT=30/600   lookups per client address per 10 minutes
//   LOOKUP_RATE_LIMIT_IDENTIFIER=10/3600  lookups of one USCC or mobile per hour
// Values are `<requests>/<seconds>`. A malformed value stops the request path with a message that
// names the variable instead of silently running without a limit.
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
}

const DEFAULTS = { client: { points: 30, durationSeconds: 600 }, identifier: { points: 10, durationSeconds: 3600 } };

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
  };
}
