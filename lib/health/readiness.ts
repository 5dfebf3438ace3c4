// Readiness (GET /api/ready): an instance is ready when its database answers and holds every
// migration this build ships. A load balancer sends no traffic to an instance that is not.
export type Readiness = { ready: true } | { ready: false; reason: "database_unreachable" | "migrations_pending"; pending?: number };

/** The shipped migrations the database has not applied (a database ahead of the build is fine). */
export function pendingMigrations(shipped: readonly string[], applied: readonly string[]): string[] {
  const done = new Set(applied);
  return shipped.filter((name) => !done.has(name));
}

/** Waits for `work`, but no longer than `ms`: a hung database must not hang the probe. */
export async function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
