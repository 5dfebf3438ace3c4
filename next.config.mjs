import createNextIntlPlugin from "next-intl/plugin";
import { RESPONSE_SECURITY_HEADERS } from "./lib/http/response-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() and app/(admin)/staff/forbidden.tsx: a staff page a role may not open says so (403).
  experimental: { authInterrupts: true },
  // Not `output: "standalone"`: production runs the edge server (server/main.ts, `npm start`) on this
  // build from the project folder; `next start` alone is not supported (README "Configuration").
  // Loaded from node_modules, not bundled: one metrics registry for the edge server and every route.
  serverExternalPackages: ["prom-client"],
  async headers() {
    return [
      {
        source: "/:path*",
        // The same list the edge server puts on its own answers (503, 500).
        headers: [...RESPONSE_SECURITY_HEADERS],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
