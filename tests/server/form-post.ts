// Posting a page's form as a browser without JavaScript does: read the page, keep the form's
// hidden fields (Next's server-action references), fill in the visible ones, post multipart.
export function hiddenFields(html: string): Record<string, string> {
  const form = /<form[^>]*method="POST"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (!form) throw new Error("no form on the page");
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    if (name) fields[name] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  }
  return fields;
}

/** The hidden fields of the form on the page at `url`. */
export async function formOf(url: string, headers: Record<string, string> = {}): Promise<Record<string, string>> {
  return hiddenFields(await (await fetch(url, { headers })).text());
}

export async function postFields(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; html: string }> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  // A browser sends its page's origin with every form post.
  const response = await fetch(url, { method: "POST", body, headers: { origin: new URL(url).origin, ...headers }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

/** Reads the page, then posts its form with `fields` filled in. */
export async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; html: string }> {
  return postFields(url, { ...(await formOf(url, headers)), ...fields }, headers);
}
