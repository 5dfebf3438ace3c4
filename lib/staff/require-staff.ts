import "server-only";
// Who is asking, for every staff page, action and route — always checked on the server.
// getCurrentStaff: the full (password + TOTP) session of this request, or null; React's cache
// makes one render share one look-up. requireStaff: the same, or a redirect to the login when
// there is none, and Next's forbidden() when the role does not fit: the staff page then SAYS the
// role may not open it (app/(admin)/staff/forbidden.tsx, HTTP 403) instead of pretending it does
// not exist — staff know the console's pages, and a plain answer saves a call to the admin.
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { mayUse, type StaffArea } from "./staff-access";
import { readStaffToken } from "./staff-cookie";
import type { StaffRole } from "./staff-rules";
import { validateStaffSession, type StaffSessionInfo } from "./validate-staff-session";

export const getStaffSession = cache(async (): Promise<StaffSessionInfo | null> => {
  return validateStaffSession({ db: db(), token: await readStaffToken() });
});

export async function getCurrentStaff(): Promise<StaffSessionInfo | null> {
  const session = await getStaffSession();
  return session?.stage === "full" ? session : null;
}

export interface RequireStaffOptions {
  /** The part of the console (lib/staff/staff-access.ts); preferred over `role`. */
  area?: StaffArea;
  role?: StaffRole | readonly StaffRole[];
}

export async function requireStaff(options: RequireStaffOptions = {}): Promise<StaffSessionInfo> {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/staff/login?notice=sessionEnded");
  const roles = options.role === undefined ? null : typeof options.role === "string" ? [options.role] : options.role;
  if (roles && !roles.includes(staff.role)) forbidden();
  if (options.area && !mayUse(staff.role, options.area)) forbidden();
  return staff;
}
