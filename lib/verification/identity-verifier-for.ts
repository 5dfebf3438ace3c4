import "server-only";
// Picks the IdentityVerifier named by IDENTITY_VERIFIER: the embedded registry (default) or the
// HTTP source.
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { HttpIdentityVerifier } from "./http-identity-verifier";
import type { IdentityVerifier } from "./identity-verifier";
import { RegistryIdentityVerifier } from "./registry-identity-verifier";

export function identityVerifierFor(db: Db): IdentityVerifier {
  const config = env();
  switch (config.IDENTITY_VERIFIER) {
    case "registry":
      return new RegistryIdentityVerifier(db);
    case "http":
      // lib/env requires URL and token when IDENTITY_VERIFIER=http.
      return new HttpIdentityVerifier({ url: config.IDENTITY_HTTP_URL ?? "", token: config.IDENTITY_HTTP_TOKEN ?? "", timeoutMs: config.IDENTITY_HTTP_TIMEOUT_MS });
  }
}
