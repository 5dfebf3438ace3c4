// The benchmark's yardstick (bench/lookup): the cheapest possible route handler, constant JSON, so
// the lookup's throughput can be stated relative to what this server does with no work at all.
// It answers only in a benchmark run (BENCH=1) and is a 404 everywhere else.
export const dynamic = "force-dynamic";

const BODY = JSON.stringify({ input: "91110108MA01ET88XL", kind: "enterprise", registeredInTorch: true, outcome: "E-R1", loginName: "91110108MA01ET88XL", window: "legal" });

export async function POST(): Promise<Response> {
  if (process.env.BENCH !== "1") return new Response("Not Found", { status: 404 });
  return new Response(BODY, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
