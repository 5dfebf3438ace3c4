import "server-only";
// 单位法人用户申诉找回密码, 第二步: 输入单位名称，验证码检索单位名称. Each match shows the full name,
// the USCC's last four characters and the masked login name: enough to pick one's own among
// similar names (北京红星科技 / 北京红星科创), while bulk harvesting is refused — a solved captcha per
// search, a query of at least four characters, no list at all when more than ten match (the name
// must be nearly known), and a budget per client per hour and per day.
import { maskLoginName } from "@/lib/audit/mask";
import { type CaptchaPayload, verifyCaptcha } from "@/lib/captcha/captcha";
import type { Db } from "@/lib/db";
import { consumeLimits } from "@/lib/rate-limit/consume-limits";
import { appealLimits } from "./limits";
import { usccTail } from "./masks";
import { normaliseOrgName } from "./reset-rules";

export const ORG_SEARCH_MIN_LENGTH = 4;
export const ORG_SEARCH_MAX_RESULTS = 10;

export interface OrganisationMatch {
  accountId: number;
  orgName: string;
  usccTail: string | null;
  maskedLoginName: string;
}

export type SearchOrganisationsResult =
  | { ok: true; matches: OrganisationMatch[] }
  /** More than ORG_SEARCH_MAX_RESULTS match: none is shown, the query must be more complete. */
  | { ok: false; reason: "tooMany" | "tooShort" | "captcha" }
  | { ok: false; reason: "wait"; retryAfterSeconds: number };

export async function searchOrganisations(options: {
  db: Db;
  query: string;
  captcha: CaptchaPayload | null;
  client: string;
  now?: Date;
}): Promise<SearchOrganisationsResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const query = normaliseOrgName(options.query);
  if (Array.from(query).length < ORG_SEARCH_MIN_LENGTH) return { ok: false, reason: "tooShort" };
  if (!(await verifyCaptcha(options.captcha, { db, now, form: "recovery-appeal", client: options.client, channel: "form" }))) return { ok: false, reason: "captcha" };
  const wait = await consumeLimits({ db, limits: appealLimits.search(options.client), now });
  if (wait !== null) return { ok: false, reason: "wait", retryAfterSeconds: wait };
  const rows = await db.platformAccount.findMany({
    where: { type: "legal", orgName: { contains: query } },
    orderBy: { id: "asc" },
    take: ORG_SEARCH_MAX_RESULTS + 1,
    select: { id: true, orgName: true, uscc: true, loginName: true },
  });
  if (rows.length > ORG_SEARCH_MAX_RESULTS) return { ok: false, reason: "tooMany" };
  return {
    ok: true,
    matches: rows.map((row) => ({
      accountId: row.id,
      orgName: row.orgName ?? "",
      usccTail: usccTail(row.uscc),
      maskedLoginName: maskLoginName(row.loginName),
    })),
  };
}
