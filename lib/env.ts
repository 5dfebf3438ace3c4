// Configuration, validated once (interfaces.md "Configuration"). A wrong value stops the process
// with a message naming the variable, instead of failing later somewhere less obvious.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .default("file:./data/app.db")
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CAPTCHA: z.enum(["on", "off"]).default("on"),
  SMS_PROVIDER: z.enum(["outbox"]).default("outbox"),
  DATA_KEY: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  /** Sealed uploaded documents; default DATA_DIR/uploads. */
  UPLOAD_DIR: z.string().optional(),
  /** Days after a case's decision before its documents are deleted. */
  /** The public origin put in links sent by SMS (behind a proxy the service cannot know it). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DOCUMENT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  // The edge server (server/main.ts) and operations (issues 12 and 15), README "Headers and proxies".
  /** Proxies whose X-Forwarded-For/-Proto/-Host are believed: comma-separated IPs and CIDRs. */
  TRUSTED_PROXIES: z.string().max(2000).default(""),
  /** Addresses that may read /api/metrics without a token. */
  METRICS_ALLOW: z.string().max(2000).default("127.0.0.1,::1"),
  /** A bearer token that opens /api/metrics from anywhere. */
  METRICS_TOKEN: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(16, "METRICS_TOKEN needs at least 16 characters").max(256).optional()),
  LOAD_SHEDDING: z.enum(["on", "off"]).default("on"),
  /** Requests handled at once before new ones queue. */
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(24),
  /** How long a request may wait in the queue before it is answered 503. */
  QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
