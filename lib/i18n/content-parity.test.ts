// The English step and outcome texts keep step with the zh-CN ones: one English file per zh-CN
// file and no other; the same frontmatter keys; the same identifiers (window, answer ids, link
// addresses), components, link targets and outline (headings, list items) so that no point is
// dropped or added; valid for the pages' own schemas (answer ids equal to zh-CN's, which the flow
// tests check); and no Chinese left untranslated (a Chinese name in brackets or quotes after its
// English words — the platform's menus — is fine).
import { describe, expect, it } from "vitest";
import { CONTENT_KINDS } from "@/lib/content/content-keys";
import { type ContentShape, contentFileIds, readContentShape } from "@/tests/support/content-shape";
import { hasUntranslatedChinese } from "./untranslated";

const SOURCE = "zh-CN";
const TRANSLATION = "en";

describe.each(CONTENT_KINDS)("English %s texts", (kind) => {
  const ids = contentFileIds(SOURCE, kind);

  it("exist for every zh-CN text and for no other", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(contentFileIds(TRANSLATION, kind)).toEqual(ids);
  });

  describe.each(ids)("%s", (id) => {
    // Read once, when the first test of the text runs (a failure then belongs to that test).
    let read: Promise<[ContentShape, ContentShape]> | undefined;
    const shapes = () => (read ??= Promise.all([readContentShape(SOURCE, kind, id), readContentShape(TRANSLATION, kind, id)]));

    it("has the same frontmatter keys and identifiers", async () => {
      const [source, translation] = await shapes();
      expect(translation.keys).toEqual(source.keys);
      expect(translation.identifiers).toEqual(source.identifiers);
    });

    it("uses the same components, link targets and outline in its body", async () => {
      const [source, translation] = await shapes();
      expect(translation.components).toEqual(source.components);
      expect(translation.links).toEqual(source.links);
      expect(translation.outline).toEqual(source.outline);
      // Emphasis Markdown could not parse would show as stars.
      expect(translation.texts.filter((text) => text.includes("**"))).toEqual([]);
    });

    it("leaves no Chinese sentence untranslated", async () => {
      const [, translation] = await shapes();
      expect(translation.texts.length).toBeGreaterThan(0);
      expect(translation.texts.filter(hasUntranslatedChinese)).toEqual([]);
    });
  });
});
