import "server-only";
// The client address of the current request, for throttling and the audit trail. The service runs
// behind the ministry's reverse proxy, which appends the peer address to X-Forwarded-For, so the
// LAST entry is the one a client cannot forge; Next fills the header with the socket address when
// no proxy set it. (Exposed without a proxy, a client could choose its address: the per-name
// limits still hold then.)
import { headers } from "next/headers";

export function clientFromForwardedFor(value: string | null): string {
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  // Bounded and plain: the value ends up in keys and in the audit trail.
  return last && /^[0-9A-Fa-f:.]{2,45}$/.test(last) ? last : "unknown";
}

export async function requestClient(): Promise<string> {
  const h = await headers();
  return clientFromForwardedFor(h.get("x-forwarded-for") ?? h.get("x-real-ip"));
}
