// When 我的信息 invites a password change (domain.md §2): the login found the password fails
// today's policy, or the account still has the Torch password it was migrated with.
export type PasswordNotice = "weak" | "torch" | null;

export function passwordNotice(input: { origin: string; passwordChangedAt: Date | null; weakAtLogin: boolean }): PasswordNotice {
  if (input.weakAtLogin) return "weak";
  if (input.origin === "migrated" && input.passwordChangedAt === null) return "torch";
  return null;
}
