// The two kinds of account in recovery URLs (/recovery/reset/natural, /recovery/appeal/legal …).
export type RecoveryKind = "natural" | "legal";

export function isRecoveryKind(value: string): value is RecoveryKind {
  return value === "natural" || value === "legal";
}
