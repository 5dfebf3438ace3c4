// A link styled as a button, for content and steps (allowed in MDX as <StepAction href="/…">).
import Link from "next/link";
import type { ReactNode } from "react";
import { isSafeHref } from "@/lib/content/remark-allow-components";

export function StepAction({ href, children }: { href?: string; children?: ReactNode }) {
  // Content is edited text: an unsafe or missing address leaves only the words.
  if (!href || !isSafeHref(href)) return <span>{children}</span>;
  const className =
    "mt-2 inline-block rounded border-2 border-gov-blue px-4 py-1 font-bold text-gov-blue no-underline hover:bg-blue-50";
  return href.startsWith("/") ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
