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
  /** The ministry's platform these pages stand in for, named in the guide's instructions. */
  PLATFORM_URL: z.url({ protocol: /^https?$/ }).default("https://fuwu.most.gov.cn"),
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
