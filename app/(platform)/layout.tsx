import { DatabaseGuard, databaseGuardMetadata } from "@/components/errors/database-guard";
import { PlatformBar } from "@/components/platform/platform-bar";

export const generateMetadata = databaseGuardMetadata;

export default function PlatformLayout({ children }: { children: React.ReactNode }) {
  return (
    <DatabaseGuard>
      <PlatformBar />
      {children}
    </DatabaseGuard>
  );
}
