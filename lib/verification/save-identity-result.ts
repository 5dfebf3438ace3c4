// What saving 修改个人信息 / 修改法人信息 ends in, for the page to say.
import type { RealNameFailure } from "./identity-verifier";

export type SaveIdentityResult =
  | { outcome: "verified" }
  | { outcome: "failed"; failure: RealNameFailure }
  /** Saved, but the ID type cannot be checked automatically: documents for manual review next. */
  | { outcome: "manual" }
  /** Saved, but the identity source did not answer: try again later, or upload documents. Not 认证失败. */
  | { outcome: "unavailable" }
  /** The ID number is already verified on another account (one ID → one verified account). */
  | { outcome: "idAlreadyVerified" }
  /** Verified or under review (or a form of the other account type): the data cannot change now. */
  | { outcome: "locked" }
  | { outcome: "limited"; retryAfterSeconds: number };
