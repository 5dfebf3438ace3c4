import "server-only";
// "错误：" in the <title> of a page shown again with errors (GOV.UK pattern). With JavaScript the
// error summary sets it in the browser. Without JavaScript the form post's response is the page
// rendered on the server, whose title comes from metadata that cannot see the action's result; so
// the action leaves a marker cookie, which Next shows to the render of the same request, and the
// root layout's metadata reads it. It lives one second: long enough for that render only.
import { cookies, headers } from "next/headers";

export const FAILED_POST_COOKIE = "__Host-failed-post";

/** After a refused form post without JavaScript (a post with JavaScript carries `Next-Action`). */
export async function markFailedPost(): Promise<void> {
  if ((await headers()).has("next-action")) return;
  (await cookies()).set(FAILED_POST_COOKIE, "1", { httpOnly: true, secure: true, sameSite: "strict", path: "/", maxAge: 1 });
}

export async function isFailedPost(): Promise<boolean> {
  return (await cookies()).get(FAILED_POST_COOKIE)?.value === "1";
}
