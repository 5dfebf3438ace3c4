import { DatabaseGuard, databaseGuardMetadata } from "@/components/errors/database-guard";

export const generateMetadata = databaseGuardMetadata;

/** The staff console reads the database on every page. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <DatabaseGuard>{children}</DatabaseGuard>;
}
