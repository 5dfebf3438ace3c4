// The checks of registration beyond the shape of each field (issue 5 §1): login name rules,
// a real mobile and USCC, the password policy with every reason shown, and the confirmation.
import { checkMobile, checkUscc } from "@/lib/identifiers";
import { checkPasswordPolicy } from "@/lib/passwords";
import { checkNewLoginName, type LoginNameProblem } from "./login-names";
import type { FieldErrors } from "./schemas";

const loginNameMessage: Record<LoginNameProblem, string> = {
  required: "fieldErrors.required",
  format: "fieldErrors.loginNameFormat",
  reserved: "fieldErrors.loginNameReserved",
  mobileNotOwn: "fieldErrors.loginNameMobileNotOwn",
  usccNotOwn: "fieldErrors.loginNameUsccNotOwn",
};

export interface RegistrationInput {
  mobile: string;
  loginName: string;
  password: string;
  passwordConfirm: string;
  orgName?: string;
  uscc?: string;
}

export interface CheckedRegistration {
  mobile: string;
  loginName: string;
  uscc: string | null;
  /** The USCC fails its check character: accepted only when the data already knows the code. */
  usccUnchecked: boolean;
}

export function mobileErrors(raw: string): { value: string; errors: string[] } {
  const mobile = checkMobile(raw);
  if (mobile.ok) return { value: mobile.value, errors: [] };
  return { value: mobile.value, errors: [mobile.error === "empty" ? "fieldErrors.mobileEmpty" : "fieldErrors.mobileFormat"] };
}

/** New passwords: every failed policy reason, then the confirmation. */
export function newPasswordErrors(
  password: string,
  confirm: string,
  context: { loginName?: string | null; mobile?: string | null; uscc?: string | null },
): { password: string[]; confirm: string[] } {
  const policy = checkPasswordPolicy(password, context);
  return {
    password: policy.reasons.map((reason) => `passwordPolicy.${reason}`),
    confirm: password === confirm ? [] : ["fieldErrors.passwordConfirmMismatch"],
  };
}

export function checkRegistration(
  kind: "natural" | "legal",
  input: RegistrationInput,
): { ok: true; value: CheckedRegistration } | { ok: false; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const mobile = mobileErrors(input.mobile);
  if (mobile.errors.length) fieldErrors.mobile = mobile.errors;

  let uscc: string | null = null;
  let usccUnchecked = false;
  if (kind === "legal") {
    const checked = checkUscc(input.uscc ?? "");
    if (!checked.ok) fieldErrors.uscc = [`fieldErrors.uscc${checked.error[0].toUpperCase()}${checked.error.slice(1)}`];
    else {
      uscc = checked.value;
      // Some genuine early codes fail the check character (domain.md §2): the caller asks the data.
      usccUnchecked = !checked.checkCharacterValid;
    }
  }

  const name = checkNewLoginName(input.loginName, { mobile: mobile.value, uscc: uscc ?? undefined });
  if (!name.ok) fieldErrors.loginName = [loginNameMessage[name.problem]];

  const pw = newPasswordErrors(input.password, input.passwordConfirm, {
    loginName: name.ok ? name.value : input.loginName,
    mobile: mobile.value,
    uscc,
  });
  if (pw.password.length) fieldErrors.password = pw.password;
  if (pw.confirm.length) fieldErrors.passwordConfirm = pw.confirm;

  if (Object.keys(fieldErrors).length > 0 || !name.ok) return { ok: false, fieldErrors };
  return { ok: true, value: { mobile: mobile.value, loginName: name.value, uscc, usccUnchecked } };
}

/**
 * The final step's limits (issue 12 §7). Guessing a code is bounded by the code itself: five
 * compared tries per code and SMS_DAILY_CAP (10) codes per mobile a day, so at most 50 compared
 * tries per mobile a day whatever these say. These bound the posts (and the name checks a proven
 * mobile may make) per client, and per client and mobile, so one client's junk posts for a mobile
 * do not lock out the honest person registering it from another address. The per-mobile ceiling
 * over all clients is 50: as many as a day's codes for the mobile can ever be tried, so an honest
 * person never meets it, while an outsider needs five addresses to block the mobile for an hour.
 */
export function registrationSubmitLimits(client: string, mobile: string): Array<{ key: string; points: number; durationSeconds: number }> {
  return [
    { key: `register:submit:client:${client}`, points: 30, durationSeconds: 3600 },
    // The mobile (digits only) comes first, so the key stays unambiguous for IPv6 addresses.
    { key: `register:submit:mobile-client:${mobile}:${client}`, points: 10, durationSeconds: 3600 },
    { key: `register:submit:mobile:${mobile}`, points: 50, durationSeconds: 3600 },
  ];
}
