// What the rules need to know about the platform, as a small interface: the SQL executor, the
// lookup (over the database) and the tests (over an in-memory model) each answer it their way.
import type { BusinessSystem } from "@/lib/accounts/business-systems";

export type AccountType = "natural" | "legal";

/** The fields of a platform account the rules look at. */
export interface PlatformAccountSummary {
  id: number;
  type: AccountType;
  loginName: string;
  reservedMobile: string | null;
  uscc: string | null;
  /** unverified | pending | verified | failed; only `verified` matters here. */
  realNameStatus: string;
}

export interface MigrationView {
  /** The account whose login name equals `name` compared case-insensitively (login names are unique so). */
  accountByLoginName(name: string): PlatformAccountSummary | undefined;
  /** The account carrying this USCC; a legal account in valid data (the USCC column is unique). */
  accountByUscc(uscc: string): PlatformAccountSummary | undefined;
  /** The real-name verified natural account with this reserved mobile; the lowest id if several. */
  verifiedNaturalByReservedMobile(mobile: string): PlatformAccountSummary | undefined;
}

export interface LookupView extends MigrationView {
  /** A natural account with this reserved mobile, verified or not; the lowest id if several. */
  naturalByReservedMobile(mobile: string): PlatformAccountSummary | undefined;
}

/** A Torch account as the rules see it (username normalised by the importer). */
export interface TorchAccountInput {
  kind: "enterprise" | "personal";
  /** USCC (enterprise) or mobile (personal). */
  username: string;
  contactMobile: string | null;
}

/** The platform account a decision creates. */
export interface AccountToCreate {
  type: AccountType;
  loginName: string;
  reservedMobile: string | null;
  /** Legal accounts only: the organisation's USCC. */
  uscc?: string;
  /** E-R4: the natural account is authorised for these systems of the enterprise with this USCC. */
  authorise?: { uscc: string; systems: readonly BusinessSystem[] };
}
