// How a rollback remembers its source: the note of a version of kind `rollback`
// (ContentVersion.kind: edit | rollback | revert-to-file) is `#<number>` of the version it brought back.

export function rollbackNote(number: number): string {
  return `#${number}`;
}

/** The version a rollback brought back, or null for any other note. */
export function rollbackSource(note: string | null): number | null {
  const match = /^#(\d+)$/.exec(note ?? "");
  return match ? Number(match[1]) : null;
}
