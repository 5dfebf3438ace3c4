// The states the platform's forms get back from their server actions: the shared FormState plus
// what a form needs to show next (a fresh captcha, a code's challenge, the right login window).
import type { FormState } from "@/components/forms/form-state";
import type { SumTerms } from "@/components/forms/sum-question";

export interface CaptchaProps {
  enabled: boolean;
  arithmetic: (SumTerms & { token: string }) | null;
}

export type LoginField = "loginName" | "password" | "captcha";

export type LoginFormState = FormState<LoginField> & {
  /** Present when the next attempt needs a captcha. */
  captcha?: CaptchaProps | null;
  /** Right name and password, wrong window: which window to use. */
  otherWindow?: "natural" | "legal";
  /** Counts answers, so the captcha widget restarts after each. */
  answered?: number;
};

export type RegisterField =
  | "mobile"
  | "captcha"
  | "smsCode"
  | "loginName"
  | "orgName"
  | "uscc"
  | "password"
  | "passwordConfirm";

export type RegisterFormState = FormState<RegisterField> & {
  /** Set once a code was sent: the second step of the form. */
  stage?: { challenge: string; mobile: string } | null;
  captcha?: CaptchaProps | null;
  answered?: number;
};

export type ContactField = "contactName" | "email";
export type ContactFormState = FormState<ContactField>;

export type PasswordField = "currentPassword" | "newPassword" | "newPasswordConfirm";
export type PasswordFormState = FormState<PasswordField>;

export type MobileField = "newMobile" | "smsCode" | "currentPassword";
export type MobileFormState = FormState<MobileField> & { stage?: { challenge: string; mobile: string } | null };
