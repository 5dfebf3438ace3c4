// Where a preference switch (text size, language) sends the browser back to.
/**
 * Where to send the browser back to after choosing: the path of the page the form was posted from
 * (its Referer; only the path is kept, so the redirect stays on this site), else the home page.
 */
export function returnPathFrom(referer: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    const path = `${url.pathname}${url.search}`;
    return path.startsWith("/") && !path.startsWith("//") && path.length <= 2000 ? path : "/";
  } catch {
    return "/";
  }
}
