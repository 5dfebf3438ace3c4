import "server-only";
// 单位法人用户申诉找回密码, 第二步: 输入单位名称，验证码检索单位名称. Matches are shown masked (name and
// USCC partly hidden, login name partly hidden), so the search confirms one's own organisation
// without listing other people's data; at least four characters, at most ten matches.
import type { Db } from "@/lib/db";
import { maskLoginName } from "@/lib/audit/mask";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { appealLimits } from "./limits";
import { maskOrgName, maskUscc } from "./masks";
import { normaliseOrgName } from "./reset-rules";

export const ORG_SEARCH_MIN_LENGTH = 4;
export const ORG_SEARCH_MAX_RESULTS = 10;

export interface OrganisationMatch {
  accountId: number;
  maskedOrgName: string;
  maskedUscc: string;
  maskedLoginName: string;
}

export type SearchOrganisationsResult = { ok: true; matches: OrganisationMatch[] } | { ok: false; retryAfterSeconds: number };

export async function searchOrganisations(options: { db: Db; query: string; client: string; now?: Date }): Promise<SearchOrganisationsResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const wait = await consumeLimits({ db, limits: appealLimits.search(options.client), now });
  if (wait !== null) return { ok: false, retryAfterSeconds: wait };
  const query = normaliseOrgName(options.query);
  if (Array.from(query).length < ORG_SEARCH_MIN_LENGTH) return { ok: true, matches: [] };
  const rows = await db.platformAccount.findMany({
    where: { type: "legal", orgName: { contains: query } },
    orderBy: { id: "asc" },
    take: ORG_SEARCH_MAX_RESULTS,
    select: { id: true, orgName: true, uscc: true, loginName: true },
  });
  return {
    ok: true,
    matches: rows.map((row) => ({
      accountId: row.id,
      maskedOrgName: maskOrgName(row.orgName ?? ""),
      maskedUscc: row.uscc ? maskUscc(row.uscc) : "—",
      maskedLoginName: maskLoginName(row.loginName),
    })),
  };
}
