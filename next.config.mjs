import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() and app/(admin)/staff/forbidden.tsx: a staff page a role may not open says so (403).
  experimental: { authInterrupts: true },
  // The app is self-hosted behind the ministry's proxy; a standalone-free build keeps `next start` simple.
  // Loaded from node_modules, not bundled: one metrics registry for the edge server and every route.
  serverExternalPackages: ["prom-client"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), geolocation=(), microphone=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
