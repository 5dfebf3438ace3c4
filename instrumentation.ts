// Next calls onRequestError for every error it catches while rendering a page, running an action
// or a route handler. Each is logged once, as a JSON line, with Next's digest as the reference the
// error page shows (components/errors/boundary-view.tsx) — by route pattern, never by the URL
// itself, which may hold a token (/recovery/set-password/<token>) or other personal data.
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The pages run on Node.js only; the check lets the bundler leave the logger out of an Edge build.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { errorFields, logger } = await import("@/lib/log/logger");
  const digest = typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  logger.error("request.failed", {
    reference: digest,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    ...errorFields(error),
  });
};
