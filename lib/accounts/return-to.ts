// The way back to the guide's step a platform action was started from (issue 14.1). `next`
// travels through every multi-step form as a hidden field and through every redirect and success
// page as a query parameter, checked by safeNextPath each time: a crafted link can only ever lead
// to a page of this site.
import { safeNextPath } from "./notices";

type Window = "natural" | "legal";

/** `path` with `next` added when it is a path of this site; `path` alone otherwise. */
export function withNext(path: string, next: string | string[] | null | undefined): string {
  const safe = safeNextPath(next);
  if (!safe) return path;
  return `${path}${path.includes("?") ? "&" : "?"}next=${encodeURIComponent(safe)}`;
}

/** A new account logs in at its own window, which then leads back. */
export function afterRegistration(kind: Window, next: string | null | undefined): string {
  return withNext(`/login/${kind}?notice=registered`, next);
}

/** 第六步: the done page, whose 确定并跳转至政务服务平台 goes to the login window and then back. */
export function afterPasswordReset(kind: Window, next: string | null | undefined): string {
  return withNext(`/recovery/reset/${kind}/done`, next);
}
