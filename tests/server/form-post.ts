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

export async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; html: string }> {
  const page = await fetch(url, { headers });
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...hiddenFields(await page.text()), ...fields })) body.append(name, value);
  // A browser sends its page's origin with every form post.
  const response = await fetch(url, { method: "POST", body, headers: { origin: new URL(url).origin, ...headers }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}
