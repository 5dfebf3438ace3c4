"use client";
// The form's main button. While the action runs (JavaScript on) it says so and refuses a second
// click; without JavaScript it is a plain submit button.
import { useFormStatus } from "react-dom";

export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className="rounded bg-gov-blue px-6 py-3 text-lg font-bold text-white hover:bg-gov-blue-dark aria-disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
