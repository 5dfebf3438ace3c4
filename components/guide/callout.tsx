// A highlighted note inside outcome content (allowed in MDX as <Callout title="…">).
import type { ReactNode } from "react";

export function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="my-4 border-l-8 border-gov-blue bg-blue-50 px-4 py-3">
      {title ? <p className="font-bold">{title}</p> : null}
      <div className="space-y-2">{children}</div>
    </aside>
  );
}
