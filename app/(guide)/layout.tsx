import { DatabaseGuard, databaseGuardMetadata } from "@/components/errors/database-guard";

export const generateMetadata = databaseGuardMetadata;

/** The lookup and the guided journey read the database on every page. */
export default function GuideLayout({ children }: { children: React.ReactNode }) {
  return <DatabaseGuard>{children}</DatabaseGuard>;
}
