import { DatabaseGuard, databaseGuardMetadata } from "@/components/errors/database-guard";
import { PlatformBanner } from "@/components/platform/platform-banner";
import { PlatformBar } from "@/components/platform/platform-bar";

export const generateMetadata = databaseGuardMetadata;

export default function PlatformLayout({ children }: { children: React.ReactNode }) {
  return (
    <DatabaseGuard>
      <PlatformBanner />
      <PlatformBar />
      {children}
    </DatabaseGuard>
  );
}
