import { DatabaseGuard, databaseGuardMetadata } from "@/components/errors/database-guard";
import { PartMessages } from "@/components/layout/part-messages";
import { PlatformBanner } from "@/components/platform/platform-banner";
import { PlatformBar } from "@/components/platform/platform-bar";

export const generateMetadata = databaseGuardMetadata;

export default function PlatformLayout({ children }: { children: React.ReactNode }) {
  return (
    <PartMessages part="platform">
      <DatabaseGuard>
        <PlatformBanner />
        <PlatformBar />
        {children}
      </DatabaseGuard>
    </PartMessages>
  );
}
