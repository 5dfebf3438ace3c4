// Why a platform row may not be stored even though it is valid on its own (domain.md §1): login
// names are unique case-insensitively, one USCC has one legal account, one resident ID is
// verified on one account. Also: the import never overwrites an account created on the platform
// itself. Pure: the stored state comes in as maps; claims made by earlier rows of the batch are
// remembered so two rows of one batch cannot take the same USCC or verified ID.
import type { BatchRow } from "./import-summary";
import type { StoredRecord } from "./plan-batch";

export interface PlatformCandidate {
  loginName: string;
  uscc: string | null;
  verifiedIdHash: string | null;
}

export interface StoredPlatformAccount extends StoredRecord {
  loginName: string;
  origin: string;
}

export interface PlatformHolders {
  /** USCC → id of the account holding it. */
  uscc: ReadonlyMap<string, number>;
  /** Verified ID hash → id of the account verified with it. */
  verifiedId: ReadonlyMap<string, number>;
}

/** Two rows (or a row and an account) whose login names differ only in case. */
export function describeLoginNameRepeat(row: PlatformCandidate, first: { loginName: string }): string | undefined {
  if (first.loginName === row.loginName) return undefined;
  return `login name differs only in case from "${first.loginName}" (earlier in this file); login names are unique regardless of case`;
}

export function platformRefusal(holders: PlatformHolders) {
  const usccClaims = new Map<string, number>();
  const verifiedClaims = new Map<string, number>();
  return (row: BatchRow<PlatformCandidate>, stored: StoredPlatformAccount | undefined): string | undefined => {
    const { loginName, uscc, verifiedIdHash } = row.value;
    if (stored && stored.loginName !== loginName) {
      return `login name differs only in case from the existing account "${stored.loginName}"; login names are unique regardless of case`;
    }
    if (stored && stored.origin !== "imported") return `login name belongs to an account ${stored.origin} on the platform; it is not overwritten`;
    if (uscc) {
      const holder = holders.uscc.get(uscc);
      if (holder !== undefined && holder !== stored?.id) return `another legal account already has USCC ${uscc}`;
      const claim = usccClaims.get(uscc);
      if (claim !== undefined) return `line ${claim} already has a legal account for USCC ${uscc}`;
    }
    if (verifiedIdHash) {
      const holder = holders.verifiedId.get(verifiedIdHash);
      if (holder !== undefined && holder !== stored?.id) return "this ID number is already verified on another account";
      const claim = verifiedClaims.get(verifiedIdHash);
      if (claim !== undefined) return `this ID number is already verified on the account of line ${claim}`;
    }
    if (uscc) usccClaims.set(uscc, row.line);
    if (verifiedIdHash) verifiedClaims.set(verifiedIdHash, row.line);
    return undefined;
  };
}
