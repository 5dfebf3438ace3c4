// Response headers and request checks at the edge of the application (issue 12.5), as pure rules:
// proxy.ts applies them to every request, unit tests check them here.

export interface PolicyOptions {
  nonce: string;
  /** Served over HTTPS (the socket, or a trusted proxy's X-Forwarded-Proto). */
  https: boolean;
  /** `next dev` needs eval for its error overlay; production never does. */
  development: boolean;
}

/**
 * A strict CSP: scripts only with this response's nonce (and what they load, 'strict-dynamic'),
 * styles only from our own files or with the nonce (the ALTCHA widget reads it from
 * <meta name="csp-nonce">), its proof-of-work workers from blob: URLs, no plugins, no framing.
 */
export function contentSecurityPolicy({ nonce, https, development }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, as the HSTS preload list asks; sent only on HTTPS responses. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export interface PostFacts {
  origin: string | null;
  /** The host the request was sent to: the first X-Forwarded-Host, else Host (as Next compares). */
  host: string | null;
  secFetchSite: string | null;
}

/** The host a request was addressed to, as Next's own server-action check reads it. */
export function requestHost(host: string | null, forwardedHost: string | null): string | null {
  return forwardedHost?.split(",")[0]?.trim() || host || null;
}

/** Sent by a page of another site. A request without Origin (a script, curl) is not a browser's. */
export function isCrossOrigin({ origin, host, secFetchSite }: PostFacts): boolean {
  if (secFetchSite && secFetchSite !== "same-origin" && secFetchSite !== "none") return true;
  if (origin === null) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export type ApiRefusal = "crossOrigin" | "jsonOnly";

/**
 * A POST to the JSON API must be JSON and must not come from another site's page: a cross-site
 * page can send `text/plain` without a CORS preflight, so the media type is the CSRF guard, and
 * Origin/Sec-Fetch-Site refuse what a browser marks as foreign.
 */
export function refuseApiPost(facts: PostFacts & { contentType: string | null }): ApiRefusal | null {
  if (isCrossOrigin(facts)) return "crossOrigin";
  const mediaType = facts.contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/json" ? null : "jsonOnly";
}
