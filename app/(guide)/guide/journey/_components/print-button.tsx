"use client";
// "打印" with JavaScript; without it, the hint to use the browser's own print command.
import { useHydrated } from "@/components/forms/use-hydrated";

export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return <p className="text-muted print:hidden">{hint}</p>;
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-gov-blue px-4 py-2 font-bold text-white hover:bg-gov-blue-dark print:hidden">
      {label}
    </button>
  );
}
