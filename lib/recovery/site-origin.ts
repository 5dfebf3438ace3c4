// The origin put in front of links sent by SMS. A text needs an absolute address, and the service
// cannot know the public one by itself behind the ministry's proxy: PUBLIC_URL names it (e.g.
// https://fuwu.most.gov.cn; validated in lib/env.ts). Unset, links use http://localhost:<PORT>,
// which suits demos and tests.
import { env } from "@/lib/env";

export function siteOrigin(): string {
  const { PUBLIC_URL, PORT } = env();
  return PUBLIC_URL ? new URL(PUBLIC_URL).origin : `http://localhost:${PORT}`;
}
