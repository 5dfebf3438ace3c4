// The application's one logger: one JSON object per line (pino), so that a log collector can index
// it; lines of warn and above go to stderr, the rest to stdout. Each line carries the id of the
// request it was written for (`requestId`, also sent back in the `x-request-id` response header).
// Personal data never goes in (no mobile, ID number, name, login name, code or client address): log
// codes, ids and references.
import pino, { type Logger } from "pino";
import { currentRequestContext } from "./request-context";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

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

function createPino(): Logger<never> {
  const level = minimumLevel();
  return pino(
    {
      level,
      // No pid or host name: a container's are meaningless, and fewer fields are cheaper to index.
      base: undefined,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestContext()?.requestId;
        return requestId ? { requestId } : {};
      },
    },
    pino.multistream(
      [
        { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
        { level: "warn", stream: pino.destination({ dest: 2, sync: true }) },
      ],
      { dedupe: true },
    ),
  );
}

let instance: Logger<never> | undefined;

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  instance ??= createPino();
  instance[level](fields, event);
}

export const logger = {
  debug: (event: string, fields?: LogFields) => write("debug", event, fields),
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};
