"use client";
// With JavaScript a refused form is shown again without a page load, so the browser's title is
// prefixed here while errors are on the page (the server does it for a post without JavaScript).
import { useEffect } from "react";

export function useErrorTitle(shown: boolean, prefix: string): void {
  useEffect(() => {
    if (!shown) return;
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [shown, prefix]);
}
