// The summary every importer returns and the CLI prints (interfaces.md "Command line").
export interface RowIssue {
  line: number;
  message: string;
}

export interface ImportSummary {
  /** Rows created or changed. */
  imported: number;
  /** Rows already stored with exactly these values (including repeats inside the file). */
  unchanged: number;
  warnings: RowIssue[];
  errors: RowIssue[];
}

/** A validated row and the line it starts on. */
export interface BatchRow<T> {
  line: number;
  value: T;
}

/** What writing one batch did. Rows not counted as imported or unchanged have an error. */
export interface BatchResult {
  imported: number;
  unchanged: number;
  errors: RowIssue[];
}

/** The result of checking one CSV record: a normalised value (maybe with warnings) or one error. */
export type RowCheck<T> = { ok: true; value: T; warnings: string[] } | { ok: false; message: string };

export function byLine(a: RowIssue, b: RowIssue): number {
  return a.line - b.line;
}
