// The states the platform's forms get back from their server actions: the shared FormState plus
// what a form needs to show next (a fresh captcha, a code's challenge, the right login window).
import type { FormState } from "@/components/forms/form-state";

export interface CaptchaProps {
  enabled: boolean;
  arithmetic: { question: string; token: string } | null;
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
