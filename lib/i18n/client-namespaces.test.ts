// Guards the message split of lib/i18n/client-namespaces.ts: every namespace that code running in
// the browser asks for (useTranslations in a "use client" file or in anything a client file
// imports) is among the namespaces the provider above that code sends. A miss would show raw keys
// after hydration, so this walks the real import graph of each part of the app instead of trusting
// a hand-kept list.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientNamespacesFor, pickNamespaces } from "./client-namespaces";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its own strings, not ours
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function importsOf(file: string): string[] {
  const specifiers = [...source(file).matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)];
  return specifiers.map((m) => resolveImport(file, m[1] ?? m[2])).filter((f): f is string => f !== null);
}

const isClientEntry = (file: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source(file));

/** Namespaces asked for by code that runs in the browser, reachable from these route files. */
function browserNamespaces(entries: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, inBrowser: boolean) => {
    const key = `${file}|${inBrowser}`;
    if (seen.has(key)) return;
    seen.add(key);
    const browser = inBrowser || isClientEntry(file);
    if (browser) {
      for (const m of source(file).matchAll(/useTranslations\(\s*(?:["']([^"'.]+)|([^)\s]))/g)) {
        found.set(m[1] ?? `(not a literal namespace: ${m[2]}…)`, path.relative(ROOT, file));
      }
    }
    for (const imported of importsOf(file)) visit(imported, browser);
  };
  for (const entry of entries) visit(entry, false);
  return found;
}

const appFiles = filesUnder(path.join(ROOT, "app"));
const inGroup = (group: string) => appFiles.filter((f) => f.includes(`${path.sep}(${group})${path.sep}`));

describe("messages sent to the browser", () => {
  const parts = [
    { part: "root", entries: appFiles.filter((f) => !/\((platform|admin)\)/.test(f)) },
    { part: "platform", entries: inGroup("platform") },
    { part: "admin", entries: inGroup("admin") },
  ] as const;

  for (const { part, entries } of parts) {
    it(`${part}: every namespace its browser code uses is sent`, () => {
      expect(entries.length).toBeGreaterThan(0);
      const sent = new Set(clientNamespacesFor(part));
      const missing = [...browserNamespaces(entries)].filter(([namespace]) => !sent.has(namespace)).map(([ns, file]) => `${ns} (${file})`);
      expect(missing).toEqual([]);
    });
  }

  it("the walk finds what it must: the login form's namespace from the platform pages", () => {
    expect(browserNamespaces(inGroup("platform")).has("platform")).toBe(true);
    expect(browserNamespaces(inGroup("admin")).has("staff")).toBe(true);
  });

  it("sends only the chosen namespaces, each whole", () => {
    const messages = { chrome: { a: "1" }, wizard: { b: "2" }, platform: { c: { d: "3" } } };
    expect(pickNamespaces(messages, ["chrome", "platform", "absent"])).toEqual({ chrome: { a: "1" }, platform: { c: { d: "3" } } });
  });

  it("the pages' large server-only catalogues stay on the server", () => {
    for (const part of ["root", "platform", "admin"] as const) {
      expect(clientNamespacesFor(part)).not.toContain("staffOps");
      expect(clientNamespacesFor(part)).not.toContain("wizard");
    }
    expect(CLIENT_NAMESPACES.everywhere).not.toContain("platform");
  });
});
