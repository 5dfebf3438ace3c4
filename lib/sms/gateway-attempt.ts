// One POST of one message to the SMS gateway, and what it came to. The wire format is ours and
// documented in the README ("SMS gateway"); a small relay maps it onto Aliyun or Tencent Cloud SMS.
import { z } from "zod";
import { isRetryableStatus, retryAfterMs } from "./retry-rules";

export interface GatewayPayload {
  to: string;
  purpose: string;
  /** The template id configured for the purpose (SMS_HTTP_TEMPLATES), or null. */
  template: string | null;
  params: Record<string, string>;
  text: string;
}

export type GatewayAttempt =
  | { kind: "accepted"; messageId: string | null; delivered: boolean }
  | { kind: "retryable"; error: string; retryAfterMs: number | null }
  | { kind: "rejected"; error: string };

/** A 2xx answer may say more; an answer we cannot read still means "accepted". */
const acceptedBody = z.object({
  id: z.string().min(1).max(128).optional(),
  status: z.enum(["accepted", "sent", "delivered"]).optional(),
});

export interface PostToGatewayOptions {
  url: string;
  token: string;
  idempotencyKey: string;
  payload: GatewayPayload;
  timeoutMs: number;
  now?: () => Date;
}

export async function postToGateway(options: PostToGatewayOptions): Promise<GatewayAttempt> {
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${options.token}`,
        "content-type": "application/json; charset=utf-8",
        "idempotency-key": options.idempotencyKey,
      },
      body: JSON.stringify(options.payload),
      // A redirect would carry the token elsewhere; a gateway URL that moved is a configuration error.
      redirect: "error",
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    return { kind: "retryable", error: networkError(error), retryAfterMs: null };
  }
  const text = await response.text().catch(() => "");
  if (response.ok) {
    const parsed = acceptedBody.safeParse(safeJson(text));
    const body = parsed.success ? parsed.data : {};
    return { kind: "accepted", messageId: body.id ?? null, delivered: body.status === "delivered" };
  }
  const error = `http ${response.status}`;
  if (!isRetryableStatus(response.status)) return { kind: "rejected", error };
  return { kind: "retryable", error, retryAfterMs: retryAfterMs(response.headers.get("retry-after"), (options.now ?? (() => new Date()))()) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The kind of failure, never a message that could quote the request. */
function networkError(error: unknown): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "timeout";
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === "string" ? `network ${cause.code}` : "network";
}
