// A browser without JavaScript, reduced to what the server-layer tests need: cookies kept per
// site, pages read, forms posted (multipart, with the page's origin, redirects not followed), and
// the text of an element read from the HTML the server sent.

/** One site's cookies, sent back as a browser would; reads pages and posts forms. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly site: string) {}

  private take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
  }

  header(): Record<string, string> {
    return this.cookies.size ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") } : {};
  }

  async get(pathname: string): Promise<string> {
    const response = await fetch(`${this.site}${pathname}`, { headers: this.header() });
    this.take(response);
    return response.text();
  }

  /** Posts a form of the page at `pathname`; answers where the server sent the browser (or null). */
  async post(pathname: string, hidden: Record<string, string>, fields: Record<string, string>): Promise<string | null> {
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...hidden, ...fields })) body.append(name, value);
    const response = await fetch(`${this.site}${pathname}`, {
      method: "POST",
      body,
      headers: { origin: this.site, referer: `${this.site}${pathname}`, ...this.header() },
      redirect: "manual",
    });
    this.take(response);
    await response.text();
    return response.headers.get("location");
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", nbsp: " " };

/** What a screen reader would read of an HTML fragment: tags and comments dropped, entities decoded, spaces collapsed. */
export function plainText(fragment: string): string {
  return fragment
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x27|#39|amp|lt|gt|quot|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, " ")
    .trim();
}

/** The inner HTML of the element whose opening tag starts at `start` (same-name nesting counted). */
function innerHtml(html: string, start: number): string {
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1];
  if (!tag) throw new Error(`no element at ${start}`);
  const openEnd = html.indexOf(">", start) + 1;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, "g");
  pattern.lastIndex = openEnd;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(openEnd, match.index);
  }
  throw new Error(`<${tag}> at ${start} is not closed`);
}

/** The text of the element marked `data-testid="<id>"`, or null when the page has none. */
export function textOfTestId(html: string, id: string): string | null {
  const attribute = html.indexOf(`data-testid="${id}"`);
  if (attribute < 0) return null;
  return plainText(innerHtml(html, html.lastIndexOf("<", attribute)));
}

/** The text of every `<tag>` element of the page, in order. */
export function elementTexts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b`, "g"))].map((match) => plainText(innerHtml(html, match.index)));
}

/** The page's <main> as HTML: what the page says, without the header, the footer and Next's script payload. */
export function mainOf(html: string): string {
  const start = html.indexOf("<main");
  if (start < 0) throw new Error("no <main> on the page");
  return innerHtml(html, start);
}
