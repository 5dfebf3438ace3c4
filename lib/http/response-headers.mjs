// Headers every response carries (README "Headers and proxies"), written once: next.config.mjs
// adds them to whatever Next answers, and the edge server (server/edge-handler.ts) to the answers
// it gives itself (its 503 when shedding, its 500 fallback), which never pass through Next.
// Plain JavaScript because next.config.mjs is loaded by Node as it is, without a TypeScript step.

/** @type {ReadonlyArray<{ key: string; value: string }>} */
export const RESPONSE_SECURITY_HEADERS = Object.freeze([
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), geolocation=(), microphone=()" },
]);
