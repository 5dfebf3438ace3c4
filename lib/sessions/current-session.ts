import "server-only";
// The session of the current request, for server components and actions. React's `cache` makes
// every component of one render share one database look-up.
import { cache } from "react";
import { db } from "@/lib/db";
import { readSessionToken } from "./session-cookie";
import { validateSession, type ValidSession } from "./validate-session";

export const getCurrentSession = cache(async (): Promise<ValidSession | null> => {
  return validateSession({ db: db(), token: await readSessionToken() });
});
