// Which address a request came from, when proxies may stand in between (issue 12.3). A client
// that reaches the server directly can write any X-Forwarded-For it likes, so forwarded headers
// are read only when the peer (the socket's address) is one of TRUSTED_PROXIES, and then right to
// left, skipping every trusted hop: the first untrusted address is the client. With no trusted
// proxies (the default) the socket address is the client, whatever the headers say.
// Pure rules with no Next.js import: the edge server (server/) and unit tests use them.
import { BlockList, isIPv4, isIPv6 } from "node:net";

/** A set of addresses and ranges (TRUSTED_PROXIES, METRICS_ALLOW). */
export interface AddressRanges {
  /** Whether an address falls in one of the ranges. */
  trusts(address: string): boolean;
  /** True when the list is empty (for TRUSTED_PROXIES: forwarded headers are never read). */
  readonly none: boolean;
}

export type TrustedProxies = AddressRanges;

/** A bare IP address, or null: IPv4-mapped IPv6 becomes IPv4, brackets, ports and zones go. */
export function normaliseAddress(raw: string | undefined | null): string | null {
  let value = raw?.trim() ?? "";
  if (value.length === 0 || value.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, "");
  value = value.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1];
  return isIPv4(value) || isIPv6(value) ? value : null;
}

/** Parses TRUSTED_PROXIES. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  return parseAddressRanges(value, "TRUSTED_PROXIES");
}

/** Comma-separated addresses and CIDR ranges; throws naming `variable` on a bad entry. */
export function parseAddressRanges(value: string | undefined, variable: string): AddressRanges {
  const list = new BlockList();
  const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [addressPart, prefixPart, extra] = entry.split("/");
    const address = normaliseAddress(addressPart);
    const family = address && isIPv4(address) ? "ipv4" : "ipv6";
    const maxPrefix = family === "ipv4" ? 32 : 128;
    const prefix = prefixPart === undefined ? maxPrefix : Number(prefixPart);
    if (!address || extra !== undefined || (prefixPart !== undefined && !/^\d{1,3}$/.test(prefixPart)) || !Number.isInteger(prefix) || prefix < 0 || prefix > maxPrefix) {
      throw new Error(`${variable}: "${entry.slice(0, 60)}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, prefix, family);
  }
  return {
    none: entries.length === 0,
    trusts(address: string) {
      const normal = normaliseAddress(address);
      if (!normal) return false;
      return list.check(normal, isIPv4(normal) ? "ipv4" : "ipv6");
    },
  };
}

export interface ClientAddressInput {
  /** The socket's remote address. */
  peer: string | undefined;
  /** The X-Forwarded-For header(s), as received. */
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}

/** The client's address, or "unknown" when even the socket has none (a closed connection). */
export function resolveClientAddress({ peer, forwardedFor, trusted }: ClientAddressInput): string {
  let current = normaliseAddress(peer);
  if (!current) return "unknown";
  if (!trusted.trusts(current)) return current;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  // Bounded: a real chain has a handful of hops; a longer header is a client's invention.
  for (const hop of hops.slice(-20).reverse()) {
    const address = normaliseAddress(hop);
    // Garbage to the left of trusted hops can only come from the client itself (each trusted
    // proxy appends a real address), so the nearest good address stands for the client.
    if (!address) return current;
    current = address;
    if (!trusted.trusts(address)) return address;
  }
  return current;
}

/** The first value of a comma-separated forwarded header (the outermost proxy's), lower case. */
export function firstForwardedValue(value: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim().toLowerCase();
  return first ? first : undefined;
}
