// GET /api/metrics: Prometheus text format (lib/metrics/registry.ts). Open to METRICS_ALLOW
// addresses and to a METRICS_TOKEN bearer (lib/metrics/metrics-access.ts); 404 for everyone else.
import { clientFromHeaders } from "@/lib/audit/request-client";
import { env } from "@/lib/env";
import { parseAddressRanges } from "@/lib/http/client-address";
import { mayReadMetrics } from "@/lib/metrics/metrics-access";
import { metrics } from "@/lib/metrics/registry";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { METRICS_ALLOW, METRICS_TOKEN } = env();
  const allowed = mayReadMetrics({
    client: clientFromHeaders(request.headers),
    authorization: request.headers.get("authorization"),
    allow: parseAddressRanges(METRICS_ALLOW, "METRICS_ALLOW"),
    token: METRICS_TOKEN,
  });
  if (!allowed) return new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
