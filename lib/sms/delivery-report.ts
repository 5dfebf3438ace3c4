// Delivery reports the gateway posts to /api/v1/sms/delivery (README "SMS gateway"): which
// message (the Idempotency-Key it was sent with, or the gateway's own id), delivered or failed,
// when, and for a failure the gateway's error code. Pure: the schema and the token check.
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export const deliveryReportSchema = z
  .object({
    idempotencyKey: z.uuid().optional(),
    id: z.string().min(1).max(128).optional(),
    status: z.enum(["delivered", "failed"]),
    /** The gateway's error code for a failure (e.g. Aliyun `isv.MOBILE_NUMBER_ILLEGAL`). */
    error: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/).optional(),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((report) => report.idempotencyKey !== undefined || report.id !== undefined, { message: "idempotencyKey or id is required", path: ["id"] });

export type DeliveryReport = z.output<typeof deliveryReportSchema>;

/** Compares an Authorization header with the configured token in constant time. */
export function isAuthorisedGateway(header: string | null, token: string): boolean {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? "");
  if (!match) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
