// The platform's address in instructions (allowed in step MDX as <PlatformAddress />): read from
// PLATFORM_URL, so content never hard-codes it and a test or new address changes every page at once.
import { env } from "@/lib/env";

export function platformAddress(): string {
  return env().PLATFORM_URL.replace(/\/$/, "");
}

export function PlatformAddress() {
  return <span className="break-all">{platformAddress()}</span>;
}
