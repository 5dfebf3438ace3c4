import { PlatformBanner } from "@/components/platform/platform-banner";
import { PlatformBar } from "@/components/platform/platform-bar";

export default function PlatformLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PlatformBanner />
      <PlatformBar />
      {children}
    </>
  );
}
