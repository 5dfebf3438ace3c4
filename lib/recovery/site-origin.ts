// The origin put in front of links sent by SMS. A text needs an absolute address, and the service
// cannot know the public one by itself behind the ministry's proxy: PUBLIC_URL names it (e.g.
// https://fuwu.most.gov.cn). Unset, links use http://localhost:<PORT>, which suits demos and tests.
// (Read here until lib/env.ts and the README configuration table take the variable over.)
import { z } from "zod";

const origin = z.url({ protocol: /^https?$/ });

export function siteOrigin(): string {
  const configured = process.env.PUBLIC_URL;
  if (configured) {
    const parsed = origin.safeParse(configured);
    if (!parsed.success) throw new Error("PUBLIC_URL must be an http(s) URL such as https://fuwu.example.gov.cn");
    return new URL(parsed.data).origin;
  }
  return `http://localhost:${process.env.PORT ?? "3000"}`;
}
