// Configuration, validated once (interfaces.md "Configuration"). A wrong value stops the process
// with a message naming the variable, instead of failing later somewhere less obvious.
import { z } from "zod";
import { parseSmsTemplates } from "@/lib/sms/sms-templates";

const httpUrl = z.url({ protocol: /^https?$/ });
const secret = z.string().min(16, "must be at least 16 characters");
const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(60_000).default(fallback);
const days = (fallback: number) => z.coerce.number().int().min(0).max(3650).default(fallback);

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .default("file:./data/app.db")
      .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
        message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
      }),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    CAPTCHA: z.enum(["on", "off"]).default("on"),
    SMS_PROVIDER: z.enum(["outbox", "http"]).default("outbox"),
    /** The SMS gateway (or the relay in front of Aliyun / Tencent Cloud SMS); SMS_PROVIDER=http. */
    SMS_HTTP_URL: httpUrl.optional(),
    SMS_HTTP_TOKEN: secret.optional(),
    /** `purpose=templateId` pairs, comma-separated, sent with each message of that purpose. */
    SMS_HTTP_TEMPLATES: z
      .string()
      .optional()
      .refine((text) => text === undefined || parseSmsTemplates(text).ok, { message: "must be purpose=templateId pairs separated by commas" }),
    SMS_HTTP_TIMEOUT_MS: milliseconds(5000),
    SMS_HTTP_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
    /** Bearer token the gateway presents to POST /api/v1/sms/delivery; unset: no delivery reports. */
    SMS_HTTP_CALLBACK_TOKEN: secret.optional(),
    /** Days SMS outbox rows and spent SMS codes are kept (`maintenance`). */
    SMS_RETENTION_DAYS: days(30),
    IDENTITY_VERIFIER: z.enum(["registry", "http"]).default("registry"),
    IDENTITY_HTTP_URL: httpUrl.optional(),
    IDENTITY_HTTP_TOKEN: secret.optional(),
    IDENTITY_HTTP_TIMEOUT_MS: milliseconds(5000),
    DATA_KEY: z.string().optional(),
    DATA_DIR: z.string().default("./data"),
    /** Sealed uploaded documents; default DATA_DIR/uploads. */
    UPLOAD_DIR: z.string().optional(),
    UPLOAD_STORE: z.enum(["local", "s3"]).default("local"),
    /** S3-compatible object storage for UPLOAD_STORE=s3 (AWS S3, MinIO, Aliyun OSS, Tencent COS …). */
    S3_ENDPOINT: httpUrl.optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
    /** Prefix of every object key, e.g. `documents/` when the bucket is shared. */
    S3_PREFIX: z.string().regex(/^[A-Za-z0-9._\-/]*$/, "letters, digits, . _ - / only").default(""),
    /** The public origin put in links sent by SMS (behind a proxy the service cannot know it). */
    PUBLIC_URL: httpUrl.optional(),
    /** Days after a case's decision before its documents are deleted. */
    DOCUMENT_RETENTION_DAYS: days(30),
    /** `required`: a staff edit of a text is published by a second editor, never by its last editor. */
    CONTENT_REVIEW: z.enum(["off", "required"]).default("off"),
    /** A ClamAV daemon scanning every upload (both or neither); unset: no antivirus scan. */
    CLAMAV_HOST: z.string().min(1).optional(),
    CLAMAV_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    // The edge server (server/main.ts) and operations (issues 12 and 15), README "Headers and proxies".
    /** Proxies whose X-Forwarded-For/-Proto/-Host are believed: comma-separated IPs and CIDRs. */
    TRUSTED_PROXIES: z.string().max(2000).default(""),
    /** Addresses that may read /api/metrics without a token. */
    METRICS_ALLOW: z.string().max(2000).default("127.0.0.1,::1"),
    /** A bearer token that opens /api/metrics from anywhere; empty counts as unset. */
    METRICS_TOKEN: z.preprocess((value) => (value === "" ? undefined : value), secret.max(256).optional()),
    LOAD_SHEDDING: z.enum(["on", "off"]).default("on"),
    /** Requests handled at once before new ones queue. */
    MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(24),
    /** How long a request may wait in the queue before it is answered 503. */
    QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
    /** Above this event-loop lag the server is saturated: new requests are answered 503 at once. */
    MAX_EVENT_LOOP_LAG_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  })
  .superRefine((config, ctx) => {
    const requireWith = (condition: boolean, because: string, names: (keyof typeof config)[]) => {
      if (!condition) return;
      for (const name of names) if (config[name] === undefined) ctx.addIssue({ code: "custom", path: [name], message: `required when ${because}` });
    };
    requireWith(config.SMS_PROVIDER === "http", "SMS_PROVIDER=http", ["SMS_HTTP_URL", "SMS_HTTP_TOKEN"]);
    requireWith(config.IDENTITY_VERIFIER === "http", "IDENTITY_VERIFIER=http", ["IDENTITY_HTTP_URL", "IDENTITY_HTTP_TOKEN"]);
    requireWith(config.UPLOAD_STORE === "s3", "UPLOAD_STORE=s3", ["S3_BUCKET", "S3_REGION"]);
    // A key without its secret (or the reverse) is a typo, not a wish for the default credential chain.
    requireWith(config.S3_ACCESS_KEY_ID !== undefined, "S3_ACCESS_KEY_ID is set", ["S3_SECRET_ACCESS_KEY"]);
    requireWith(config.S3_SECRET_ACCESS_KEY !== undefined, "S3_SECRET_ACCESS_KEY is set", ["S3_ACCESS_KEY_ID"]);
    requireWith(config.CLAMAV_HOST !== undefined, "CLAMAV_HOST is set", ["CLAMAV_PORT"]);
    requireWith(config.CLAMAV_PORT !== undefined, "CLAMAV_PORT is set", ["CLAMAV_HOST"]);
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validates a set of variables (process.env by default) or throws naming every wrong one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
