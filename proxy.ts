// Runs before every page and API request (Next.js "proxy", formerly middleware), issue 12.5:
// - a POST to the JSON API (/api/v1/*) from another site's page, or not JSON, is refused 403;
// - a cross-origin server-action post is refused 403 here (Next itself would answer 500);
// - every page gets a strict Content-Security-Policy with a fresh nonce, which Next puts on its
//   own scripts and the root layout hands to the ALTCHA widget.
// Forwarded headers seen here are trustworthy: the edge server (server/main.ts) removes them from
// clients that are not TRUSTED_PROXIES and always sets X-Forwarded-Proto itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isCrossOrigin, refuseApiPost, requestHost } from "@/lib/http/security-headers";
import messages from "@/messages/zh-CN/edge.json";

export const NONCE_HEADER = "x-nonce";

// Routes that send a stored document answer with their own stricter policy (a sandbox, see
// lib/uploads/document-response.ts); a policy set here would replace it, so they get none.
const OWN_POLICY_ROUTES = [/^\/account\/documents\/[^/]+$/, /^\/staff\/cases\/[^/]+\/documents\/[^/]+$/];

function refused(body: string, json: boolean): NextResponse {
  if (json) return NextResponse.json({ error: body }, { status: 403, headers: { "Cache-Control": "no-store" } });
  return new NextResponse(body, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function freshNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

export function proxy(request: NextRequest): NextResponse {
  const headers = request.headers;
  const path = request.nextUrl.pathname;
  const api = path.startsWith("/api/");
  if (request.method === "POST") {
    const facts = { origin: headers.get("origin"), host: requestHost(headers.get("host"), headers.get("x-forwarded-host")), secFetchSite: headers.get("sec-fetch-site") };
    if (path.startsWith("/api/v1/")) {
      const refusal = refuseApiPost({ ...facts, contentType: headers.get("content-type") });
      if (refusal) return refused(messages.edge[refusal], true);
    } else if (!api && isCrossOrigin(facts)) {
      return refused(messages.edge.crossOrigin, false);
    }
  }
  if (api || OWN_POLICY_ROUTES.some((route) => route.test(path))) return NextResponse.next();

  const nonce = freshNonce();
  const policy = contentSecurityPolicy({
    nonce,
    https: headers.get("x-forwarded-proto") === "https",
    development: process.env.NODE_ENV === "development",
  });
  const forwarded = new Headers(headers);
  forwarded.set(NONCE_HEADER, nonce);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static files carry no script of their own and need no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
