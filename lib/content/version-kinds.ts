// The kinds of a kept version (ContentVersion.kind) and how a rollback remembers its source: the
// note of a rollback version is `#<number>` of the version it brought back.
export const VERSION_KINDS = ["edit", "rollback", "revert-to-file"] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export function isVersionKind(value: string): value is VersionKind {
  return (VERSION_KINDS as readonly string[]).includes(value);
}

export function rollbackNote(number: number): string {
  return `#${number}`;
}

/** The version a rollback brought back, or null for any other note. */
export function rollbackSource(note: string | null): number | null {
  const match = /^#(\d+)$/.exec(note ?? "");
  return match ? Number(match[1]) : null;
}
