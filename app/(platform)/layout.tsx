import { PlatformBar } from "@/components/platform/platform-bar";

export default function PlatformLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PlatformBar />
      {children}
    </>
  );
}
