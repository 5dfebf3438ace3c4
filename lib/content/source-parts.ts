// A text is stored as one MDX source: YAML front matter between `---` lines, then the body. The
// editor shows the two apart (a form for the front matter, a field for the body), so this splits
// a source and joins it back. Strings are written as JSON strings, which YAML reads unchanged.
import { parse } from "yaml";

// The same shape vfile-matter (next-mdx-remote's front matter reader) accepts.
const FRONT_MATTER = /^---(?:\r?\n|\r)(?:([\s\S]*?)(?:\r?\n|\r))?---(?:\r?\n|\r|$)/;

export interface SourceParts {
  /** The parsed front matter (an object for every shipped text; anything for a broken one). */
  frontmatter: unknown;
  body: string;
}

export function splitSource(source: string): SourceParts {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  // The blank line after the closing `---` belongs to the layout, not to the body.
  const body = source.slice(match[0].length).replace(/^(?:\r?\n)+/, "");
  return { frontmatter: match[1] ? parse(match[1]) : {}, body };
}

export type FrontmatterValue = string | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };

function yamlLines(value: FrontmatterValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const [first, ...rest] = yamlLines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, item]) =>
      typeof item === "object" && item !== null ? [`${indent}${name}:`, ...yamlLines(item, `${indent}  `)] : [`${indent}${name}: ${scalar(item)}`],
    );
  }
  return [`${indent}${scalar(value)}`];
}

const scalar = (value: string | null): string => (value === null ? "null" : JSON.stringify(value));

/** The source for a front matter object (keys in the order given) and a body. */
export function joinSource(frontmatter: Record<string, FrontmatterValue>, body: string): string {
  const trimmed = body.replace(/\r\n?/g, "\n").replace(/^\n+/, "").trimEnd();
  return `---\n${yamlLines(frontmatter, "").join("\n")}\n---\n\n${trimmed}\n`;
}

/** Whether two sources say the same (same front matter values, same body), however they are written. */
export function isSameText(a: string, b: string): boolean {
  const [left, right] = [splitSource(a), splitSource(b)];
  return JSON.stringify(left.frontmatter) === JSON.stringify(right.frontmatter) && left.body.trimEnd() === right.body.trimEnd();
}
