// The frontmatter of content/<locale>/outcomes/<CODE>.mdx. Pure: the schema is shared by the page
// loader and the content test, so an editing mistake fails a test instead of a page.
import { z } from "zod";
import { isSafeHref } from "./remark-allow-components";

const text = (max: number) => z.string().trim().min(1).max(max);

/** A link for a step: a path on this site or the platform, never a script address. */
const href = z.string().refine(isSafeHref, { message: "must be a relative path, https:, tel: or mailto: address" });

export const outcomeStepSchema = z.union([
  text(300),
  z.object({ text: text(300), href, linkText: text(40) }).strict(),
]);
export type OutcomeStep = z.infer<typeof outcomeStepSchema>;

export const outcomeFrontmatterSchema = z
  .object({
    title: text(60),
    summary: text(300),
    /** The login window the outcome sends the user to; null where they register, appeal or call. */
    window: z.enum(["natural", "legal"]).nullable(),
    /** What the login name is, in words, for the public page that has no personal data. */
    loginNameHint: text(120).optional(),
    steps: z.array(outcomeStepSchema).min(1).max(12).optional(),
  })
  .strict();
export type OutcomeFrontmatter = z.infer<typeof outcomeFrontmatterSchema>;
