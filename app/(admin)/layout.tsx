import { DatabaseGuard, databaseGuardMetadata } from "@/components/errors/database-guard";
import { PartMessages } from "@/components/layout/part-messages";

export const generateMetadata = databaseGuardMetadata;

/** The staff console reads the database on every page. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <PartMessages part="admin">
      <DatabaseGuard>{children}</DatabaseGuard>
    </PartMessages>
  );
}
