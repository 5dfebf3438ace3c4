// A highlighted note inside outcome and step content (allowed in MDX as <Callout title="…">).
import type { ReactNode } from "react";

export function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="my-4 border-l-8 border-gov-blue bg-blue-50 px-4 py-3">
      {title ? <p className="font-bold">{title}</p> : null}
      <div className="space-y-2">{children}</div>
    </aside>
  );
}

/**
 * The same note folded under its title (a native <details>: opens without JavaScript), where the
 * page has one thing to do and the note is for the few it concerns ("提示…怎么办").
 */
export function FoldedCallout({ title, children }: { title?: string; children?: ReactNode }) {
  if (!title) return <Callout>{children}</Callout>;
  return (
    <details className="my-3 border-l-8 border-gov-blue bg-blue-50 px-4 py-2">
      <summary className="cursor-pointer font-bold text-gov-blue">{title}</summary>
      <div className="mt-2 space-y-2">{children}</div>
    </details>
  );
}
