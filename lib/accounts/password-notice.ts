// When 我的信息 invites a password change (domain.md §2): the last login found the password fails
// today's policy, or the account still has the Torch password it was migrated with.
export type PasswordNotice = "weak" | "torch" | null;

export function passwordNotice(input: { origin: string; passwordChangedAt: Date | null; weakPasswordAt: Date | null }): PasswordNotice {
  // A change (or reset) after the weak login settles it, whoever set the new password.
  const weak = input.weakPasswordAt !== null && (input.passwordChangedAt === null || input.passwordChangedAt < input.weakPasswordAt);
  if (weak) return "weak";
  if (input.origin === "migrated" && input.passwordChangedAt === null) return "torch";
  return null;
}
