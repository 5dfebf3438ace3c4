"use client";
// One rollback button (to a kept version, or to the shipped file). A refused rollback says why
// beside the button. Posts without JavaScript.
import { useActionState } from "react";
import { rollBackAction } from "@/app/(admin)/staff/content/actions";
import { SubmitButton } from "@/components/forms/submit-button";

export function RollBackForm({ kind, id, to, label, pendingLabel }: { kind: string; id: string; to: number | "shipped"; label: string; pendingLabel: string }) {
  const [state, formAction] = useActionState(rollBackAction, null);
  const errorId = `rollback-${to}-error`;
  const error = state && !state.ok ? state.formError : undefined;
  return (
    <form action={formAction} aria-describedby={error ? errorId : undefined}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="to" value={String(to)} />
      <SubmitButton label={label} pendingLabel={pendingLabel} />
      {error ? (
        <p id={errorId} role="alert" className="mt-2 font-bold text-gov-red">
          {error}
        </p>
      ) : null}
    </form>
  );
}
