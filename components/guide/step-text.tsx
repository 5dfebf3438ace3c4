// The heading and the text of one journey step, as the journey page shows them (and the staff
// preview of a step's text, which must look the same).
import type { ReactNode } from "react";

export function StepTitle({ progress, separator, title }: { progress: string; separator: string; title: string }) {
  return (
    <h1 className="text-2xl font-bold text-gov-blue sm:text-3xl">
      <span className="mb-1 block text-base font-normal text-muted" data-testid="progress">
        {progress}
      </span>
      <span className="sr-only">{separator}</span>
      {title}
    </h1>
  );
}

export function StepBody({ children }: { children: ReactNode }) {
  return <div className="space-y-3 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6 [&_a]:text-gov-blue [&_a]:underline">{children}</div>;
}
