// The link targets the publish gate accepts are the pages the app really has: the list in
// site-routes.ts must name exactly the public page files under app/ (route groups left out).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isKnownSitePath, SITE_PAGES } from "./site-routes";

function pageRoutes(folder: string, route: string[]): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [`/${route.join("/")}`] : [];
    if (!entry.isDirectory() || entry.name.startsWith("_")) return [];
    // "(guide)" groups pages without adding a segment.
    const segment = /^\(.+\)$/.test(entry.name) ? [] : [entry.name];
    return pageRoutes(path.join(folder, entry.name), [...route, ...segment]);
  });
}

const isPublic = (route: string) => !route.startsWith("/staff") && !route.startsWith("/api");

describe("site routes", () => {
  it("lists exactly the public pages of app/", () => {
    const pages = pageRoutes(path.join(process.cwd(), "app"), []).filter(isPublic).sort();
    expect(Object.keys(SITE_PAGES).sort()).toEqual(pages);
  });

  it("says for every dynamic segment which values it accepts", () => {
    for (const [pattern, values] of Object.entries(SITE_PAGES)) {
      const names = [...pattern.matchAll(/\[(.+?)\]/g)].map((match) => match[1]);
      expect(Object.keys(values).sort(), pattern).toEqual(names.sort());
    }
  });

  it.each(["/", "/guide", "/login/legal", "/guide/outcomes/E-R3", "/guide/journey/verify-legal", "/guide/journey/checklist", "/recovery/hint?x=1#top", "/services/gaoqi", "/faq/"])(
    "knows %s",
    (url) => expect(isKnownSitePath(url)).toBe(true),
  );

  it.each(["/nowhere", "/login/admin", "/guide/outcomes/E-R9", "/guide/journey/fly", "/recovery/set-password/abc", "/staff", "/api/v1/lookup", "/guide/%E0%A4%A"])(
    "refuses %s",
    (url) => expect(isKnownSitePath(url)).toBe(false),
  );
});
