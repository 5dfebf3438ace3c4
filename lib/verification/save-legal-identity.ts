import "server-only";
// 修改法人信息 → 保存 → automatic check (source 二 2-2): 法人单位基本信息 (name; the USCC is the
// account's own and cannot change here), 法人授权信息 (the agent) and 法定代表人信息 (name and
// resident ID, kept sealed with its keyed hash). One legal account per USCC already makes the
// organisation's verification unique; a legal representative may represent several organisations.
import { accountActor } from "@/lib/audit/mask";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { keyedHash, sealText } from "@/lib/crypto/seal";
import type { Db } from "@/lib/db";
import { isServiceUnavailable, type IdentityCheck, type IdentityVerifier } from "./identity-verifier";
import { identityVerifierFor } from "./identity-verifier-for";
import type { SaveIdentityResult } from "./save-identity-result";
import type { LegalIdentityInput } from "./schemas";
import { startIdentityCheck } from "./start-identity-check";

export async function saveLegalIdentity(options: {
  db: Db;
  accountId: number;
  input: LegalIdentityInput;
  verifier?: IdentityVerifier;
  client?: string | null;
  now?: Date;
}): Promise<SaveIdentityResult> {
  const { db, accountId, input } = options;
  const now = options.now ?? new Date();
  const start = await startIdentityCheck({ db, accountId, type: "legal", now });
  if (!start.ok) return start.result;

  const verifier = options.verifier ?? identityVerifierFor(db);
  // Every legal account has a USCC (registration and import require one); without it nothing matches.
  const check: IdentityCheck = start.uscc
    ? await verifier.checkOrganisation({
        orgName: input.orgName, uscc: start.uscc, legalRepName: input.legalRepName, legalRepId: input.legalRepId,
        agentName: input.agentName, agentMobile: input.agentMobile,
      })
    : { ok: false, failure: "org-not-found" };
  // The source did not answer: the data is kept, and the account is not verified yet — not 认证失败.
  const unavailable = isServiceUnavailable(check);
  const outcome = check.ok ? "verified" : unavailable ? "unavailable" : "failed";
  await db.platformAccount.update({
    where: { id: accountId },
    data: {
      orgName: input.orgName,
      agentName: input.agentName,
      agentMobile: input.agentMobile,
      legalRepName: input.legalRepName,
      legalRepIdEnc: sealText(input.legalRepId),
      legalRepIdHash: keyedHash(input.legalRepId),
      realNameStatus: check.ok ? "verified" : unavailable ? "unverified" : "failed",
      realNameFailure: check.ok ? null : check.failure,
    },
    select: { id: true },
  });
  await recordAuditEvent({
    db,
    type: "verification.check",
    actor: accountActor(accountId),
    client: options.client ?? null,
    result: check.ok ? "success" : "failure",
    detail: { kind: "legal", outcome, ...(check.ok ? {} : { failure: check.failure }) },
    now,
  });
  if (check.ok) return { outcome: "verified" };
  return unavailable ? { outcome: "unavailable" } : { outcome: "failed", failure: check.failure };
}
