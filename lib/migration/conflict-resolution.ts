// Resolving a CONFLICT migration record (issue 13 §4): staff assign the login name the rules could
// not, and the account the migration could not create is created as the migration would have —
// the Torch password carried over, the same kind of account the rule that collided would have made:
// - an enterprise whose own legal account exists under another name (rule 2, E-R4): a natural
//   account, authorised for the enterprise's two business systems;
// - any other enterprise (rule 3, E-R3): a legal account for the USCC;
// - a person (rule 3, P-R3): a natural account reserving the mobile.
// The record keeps outcome CONFLICT (the migration's finding, and what `migrate` counts); the
// lookup then reports the assigned name and window (lib/lookup/to-lookup-result.ts).
import { checkNewLoginName, LOGIN_NAME_SHAPE, normaliseLoginName, type LoginNameProblem } from "@/lib/accounts/login-names";

export interface ConflictTorchAccount {
  kind: string;
  username: string;
  displayName: string;
  contactMobile: string | null;
}

export interface ConflictAccountPlan {
  type: "natural" | "legal";
  window: "natural" | "legal";
  reservedMobile: string | null;
  uscc: string | null;
  orgName: string | null;
  personName: string | null;
  /** E-R4's authorisations for the enterprise's 高企认定 and 科小企评价. */
  authoriseUscc: string | null;
}

export function planConflictAccount(torch: ConflictTorchAccount, facts: { ownLegalAccount: boolean }): ConflictAccountPlan {
  if (torch.kind === "personal") {
    return { type: "natural", window: "natural", reservedMobile: torch.username, uscc: null, orgName: null, personName: torch.displayName, authoriseUscc: null };
  }
  if (facts.ownLegalAccount) {
    return { type: "natural", window: "natural", reservedMobile: torch.contactMobile, uscc: null, orgName: null, personName: null, authoriseUscc: torch.username };
  }
  return { type: "legal", window: "legal", reservedMobile: torch.contactMobile, uscc: torch.username, orgName: torch.displayName, personName: null, authoriseUscc: null };
}

/**
 * A login name staff assign: the registration rules (shape; a mobile-shaped name only the Torch
 * mobile, a USCC-shaped one only the Torch USCC), except that staff, acting for the migration, may
 * use the `HJ_` prefix it reserves for itself.
 */
export function checkAssignedLoginName(raw: string, torch: Pick<ConflictTorchAccount, "kind" | "username">): { ok: true; value: string } | { ok: false; problem: LoginNameProblem } {
  const own = torch.kind === "personal" ? { mobile: torch.username } : { mobile: "", uscc: torch.username };
  const checked = checkNewLoginName(raw, own);
  if (checked.ok || checked.problem !== "reserved") return checked;
  const value = normaliseLoginName(raw);
  return LOGIN_NAME_SHAPE.test(value) ? { ok: true, value } : { ok: false, problem: "format" };
}

/** What the form suggests: the first `HJ<n>_` + username not taken, for staff to accept or change. */
export function suggestedLoginNames(username: string): string[] {
  return [2, 3, 4, 5].map((n) => `HJ${n}_${username}`);
}
