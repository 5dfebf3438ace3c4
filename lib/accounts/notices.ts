// Notices that travel in the query string after a redirect: an allow-list, so a crafted URL
// can only pick one of our own messages.
export const LOGIN_NOTICES = ["registered", "loggedOut", "sessionEnded", "loginToContinue"] as const;
export type LoginNotice = (typeof LOGIN_NOTICES)[number];

export function loginNotice(value: string | string[] | undefined): LoginNotice | null {
  return typeof value === "string" && (LOGIN_NOTICES as readonly string[]).includes(value) ? (value as LoginNotice) : null;
}

/** Where to go after login: only a path of this site (no `//host`, no scheme). */
export function safeNextPath(value: string | string[] | undefined | null): string | null {
  if (typeof value !== "string" || value.length > 300) return null;
  return /^\/(?![/\\])[A-Za-z0-9/_\-.?=&%]*$/.test(value) ? value : null;
}
