import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffBar } from "./_components/staff-bar";

// Staff pages are for staff only: never indexed, never followed, never cached by a search engine.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("staff"))("metaTitle"),
    // No `referrer: "no-referrer"` here: with it, a form posted without JavaScript carries
    // `Origin: null` and Next refuses the server action. The site's same-origin policy suffices.
    robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  };
}

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <StaffBar />
      {children}
    </>
  );
}
