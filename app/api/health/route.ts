// GET /api/health: liveness. Answers as long as the process can serve a request; it touches no
// database, so a database outage does not get healthy instances restarted (that is /api/ready).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
