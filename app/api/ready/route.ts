// GET /api/ready: readiness. 200 when the database answers and every shipped migration is
// applied; 503 (with the reason, no details) otherwise, so a load balancer holds traffic back.
import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  const headers = { "Cache-Control": "no-store" };
  if (readiness.ready) return Response.json({ status: "ready" }, { headers });
  const { reason, pending } = readiness;
  return Response.json({ status: "not_ready", reason, ...(pending ? { pending } : {}) }, { status: 503, headers: { ...headers, "Retry-After": "5" } });
}
