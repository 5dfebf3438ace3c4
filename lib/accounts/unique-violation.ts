// Prisma reports a unique-constraint violation as code P2002 on both providers. Checked by shape
// so this stays free of the generated client (two clients, one per provider, share the code).
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The fields named by a P2002 error, where the driver adapter reports them. */
export function uniqueViolationTargets(error: unknown): string[] {
  const meta = (error as { meta?: { target?: unknown } } | null)?.meta;
  const target = meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  return [];
}
