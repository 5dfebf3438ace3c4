import "server-only";
// The owner's view of their own verification cases (newest first): reference, status, dates,
// the reason of a rejection, and the documents still kept. Appeals that name the account are not
// listed: their documents came from whoever appealed, not necessarily from this account's owner.
import type { Db } from "@/lib/db";

export interface AccountCase {
  reference: string;
  type: string;
  status: "open" | "approved" | "rejected";
  createdAt: Date;
  decidedAt: Date | null;
  /** Only for a rejection: what to put right. */
  rejectionReason: string | null;
  documents: { id: string; slot: string; mediaType: string; size: number }[];
}

export async function getAccountCases(options: { db: Db; accountId: number; take?: number }): Promise<AccountCase[]> {
  const rows = await options.db.case.findMany({
    where: { accountId: options.accountId, type: { startsWith: "verification-" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 20,
    select: {
      reference: true,
      type: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      decisionReason: true,
      documentsPurgedAt: true,
      documents: { select: { id: true, slot: true, mediaType: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return rows.map((row) => {
    const status = row.status === "approved" || row.status === "rejected" ? row.status : "open";
    return {
      reference: row.reference,
      type: row.type,
      status,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      rejectionReason: status === "rejected" ? row.decisionReason : null,
      documents: row.documentsPurgedAt ? [] : row.documents,
    };
  });
}
