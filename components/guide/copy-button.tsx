"use client";
// Copies the login name. Shown only with JavaScript: without it the name stays plain, selectable
// text. The outcome is announced through a polite live region.
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

export function CopyButton({ text, label, copiedLabel, failedLabel }: { text: string; label: string; copiedLabel: string; failedLabel: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  if (!hydrated) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      // Clipboard access can be refused (permissions, insecure context): the text is still selectable.
      setStatus("failed");
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border-2 border-gov-blue bg-white px-3 py-1 font-bold text-gov-blue hover:bg-blue-50"
      >
        {label}
      </button>
      <span role="status" className="text-muted">
        {status === "copied" ? copiedLabel : status === "failed" ? failedLabel : ""}
      </span>
    </span>
  );
}
