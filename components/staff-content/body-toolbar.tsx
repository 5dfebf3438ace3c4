"use client";
// Buttons that insert an allowed component (or a bit of Markdown) at the cursor of the body field.
// Shown only with JavaScript; without it the list of components under the field says what to type.
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/forms/use-hydrated";

const SNIPPETS = {
  steps: ["heading", "bold", "link", "callout", "loginNameBox", "stepAction"],
  outcomes: ["heading", "bold", "link", "callout", "stepActionLink"],
} as const;

type Snippet = (typeof SNIPPETS)[keyof typeof SNIPPETS][number];

const SNIPPET_KEYS: Record<Snippet, { label: string; text: string }> = {
  heading: { label: "heading", text: "headingSnippet" },
  bold: { label: "bold", text: "boldSnippet" },
  link: { label: "link", text: "linkSnippet" },
  callout: { label: "callout", text: "calloutSnippet" },
  loginNameBox: { label: "loginNameBox", text: "loginNameBoxSnippet" },
  stepAction: { label: "stepAction", text: "stepActionSnippet" },
  stepActionLink: { label: "stepAction", text: "stepActionLinkSnippet" },
};

export function BodyToolbar({ kind, targetId }: { kind: keyof typeof SNIPPETS; targetId: string }) {
  const t = useTranslations("contentEditor.toolbar");
  const hydrated = useHydrated();
  if (!hydrated) return null;
  function insert(text: string) {
    const field = document.getElementById(targetId);
    if (!(field instanceof HTMLTextAreaElement)) return;
    // Block components go on a line of their own; inline Markdown goes where the cursor is.
    const block = text.startsWith("<") || text.startsWith("#");
    field.setRangeText(block ? `\n\n${text}\n\n` : text, field.selectionStart, field.selectionEnd, "end");
    field.focus();
  }
  return (
    <div role="group" aria-label={t("label")} className="mt-2 flex flex-wrap gap-2">
      {SNIPPETS[kind].map((name) => (
        <button
          key={name}
          type="button"
          onClick={() => insert(t.raw(SNIPPET_KEYS[name].text) as string)}
          className="rounded border-2 border-gov-blue bg-white px-3 py-1 font-bold text-gov-blue hover:bg-blue-50"
        >
          {t(SNIPPET_KEYS[name].label)}
        </button>
      ))}
    </div>
  );
}
