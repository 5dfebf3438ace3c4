// Physical line numbers for CSV records. csv-parse reports the line on which a record ENDS, and it
// counts a CRLF inside a quoted field as two lines; operators need the line where the bad record
// STARTS, as their editor numbers it. So: end line minus the CRLF over-count so far, minus the
// line breaks inside the record's own fields.

/** Line breaks inside a field, counted as an editor does (CRLF, LF and lone CR are one each). */
export function countLineBreaks(value: string): number {
  let breaks = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13) {
      breaks++;
      if (value.charCodeAt(i + 1) === 10) i++;
    }
  }
  return breaks;
}

function countCrlf(value: string): number {
  let pairs = 0;
  for (let i = value.indexOf("\r\n"); i !== -1; i = value.indexOf("\r\n", i + 2)) pairs++;
  return pairs;
}

export interface ParserPosition {
  /** csv-parse's `info.lines` when the record was emitted (or the error raised). */
  lines: number;
  /** csv-parse's `info.empty_lines`. */
  empty_lines: number;
}

export class LineTracker {
  private overCount = 0;
  private lastEnd = 1;
  private emptyAtLastEnd = 0;

  /** The line a complete record starts on. Call once per record, in file order. */
  recordStart(fields: readonly string[], at: ParserPosition): number {
    let breaks = 0;
    for (const field of fields) {
      if (field.length === 0) continue;
      this.overCount += countCrlf(field);
      breaks += countLineBreaks(field);
    }
    const end = at.lines - this.overCount;
    this.lastEnd = end;
    this.emptyAtLastEnd = at.empty_lines;
    return end - breaks;
  }

  /** Where a record that could not be parsed at all starts: after the last good one and any blank lines. */
  unparsedStart(at: ParserPosition): number {
    return this.lastEnd + 1 + Math.max(0, at.empty_lines - this.emptyAtLastEnd);
  }

  /** The physical line csv-parse means by `lines` (for errors raised on the current line). */
  physical(at: ParserPosition): number {
    return at.lines - this.overCount;
  }
}
