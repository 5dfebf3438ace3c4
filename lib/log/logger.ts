// The application's one logger: one JSON object per line on stdout, so that a log collector can
// index it. Personal data never goes in (no mobile, ID number, name, login name or code): log codes,
// ids and references. Issue 15 replaces the writer with pino and adds request ids; callers keep
// this interface.
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function minimumLevel(): LogLevel {
  const configured = process.env.LOG_LEVEL;
  return configured === "debug" || configured === "info" || configured === "warn" || configured === "error" ? configured : "info";
}

/** Name and the first stack frames of an error, never its message (which may quote user input). */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    errorName: error.name,
    errorCode: typeof code === "string" ? code : undefined,
    stack: error.stack?.split("\n").slice(1, 8).map((line) => line.trim()).join(" | "),
  };
}

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  if (ORDER[level] < ORDER[minimumLevel()]) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), event, ...fields });
  if (ORDER[level] >= ORDER.warn) process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const logger = {
  debug: (event: string, fields?: LogFields) => write("debug", event, fields),
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};
