// Prometheus metrics (issue 15.4), served at /api/metrics. Counters are per process (each instance
// is scraped on its own and Prometheus adds them up). The registry lives on globalThis because the
// edge server (loaded by tsx) and the Next.js bundle each get their own copy of this module in the
// same process; prom-client itself is loaded once (it is a server-external package).
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counter = (name: string, help: string, labelNames: string[]) => new Counter({ name, help, labelNames, registers: [registry] });
  return {
    registry,
    lookups: counter("torch_lookups_total", "Lookups by kind and result: an outcome code, code_sent, or why it was refused", ["kind", "result"]),
    logins: counter("torch_logins_total", "Platform log-ins by window and result (success, or the reason for a failure)", ["window", "result"]),
    staffLogins: counter("torch_staff_logins_total", "Staff password log-ins by result", ["result"]),
    smsSends: counter("torch_sms_sends_total", "SMS codes and notices by purpose and result", ["purpose", "result"]),
    cases: counter("torch_cases_total", "Verification and appeal cases opened and decided, by case type and event", ["type", "event"]),
    httpRequests: new Histogram({
      name: "http_request_duration_seconds",
      help: "Requests answered by the edge server, by method, route group and status class",
      labelNames: ["method", "group", "status"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    shed: counter("http_requests_shed_total", "Requests refused with 503 because the server was full (load shedding)", ["reason"]),
  };
}

export type Metrics = ReturnType<typeof build>;

const KEY = Symbol.for("torch-most.metrics");
const holder = globalThis as unknown as Record<typeof KEY, Metrics | undefined>;

export function metrics(): Metrics {
  holder[KEY] ??= build();
  return holder[KEY];
}

/** A label value from data: short lower-case words pass, anything else is "other" (bounded series). */
export function labelValue(value: unknown): string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9._-]{0,31}$/i.test(value) ? value : "other";
}
