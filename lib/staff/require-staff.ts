import "server-only";
// Who is asking, for every staff page, action and route — always checked on the server.
// getCurrentStaff: the full (password + TOTP) session of this request, or null; React's cache
// makes one render share one look-up. requireStaff: the same, or a redirect to the login when
// there is none, and "not found" when the role does not fit (staff pages do not advertise what
// other roles can reach).
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
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

export async function requireStaff(options: { role?: StaffRole | readonly StaffRole[] } = {}): Promise<StaffSessionInfo> {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/staff/login?notice=sessionEnded");
  const allowed = options.role === undefined ? null : typeof options.role === "string" ? [options.role] : options.role;
  if (allowed && !allowed.includes(staff.role)) notFound();
  return staff;
}
