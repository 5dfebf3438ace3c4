// States the recovery forms get back from their server actions (the shared FormState plus what the
// next step needs). Tickets are sealed by the server: the browser only carries them.
import type { FormState } from "@/components/forms/form-state";
import type { CaptchaProps } from "@/components/platform/form-types";

export type ResetField = "loginName" | "captcha" | "mobile" | "orgName" | "uscc" | "smsCode" | "newPassword" | "newPasswordConfirm";

export type ResetStage =
  | { step: "details"; ticket: string; loginName: string }
  | { step: "confirm"; ticket: string; loginName: string; maskedMobile: string };

export type ResetFormState = FormState<ResetField> & {
  stage?: ResetStage | null;
  captcha?: CaptchaProps | null;
  /** Counts answers, so the captcha widget restarts after each. */
  answered?: number;
};

export type HintField = "uscc" | "captcha";

export type HintResult =
  | { found: false }
  | { found: true; maskedLoginName: string; maskedMobile: string | null; smsSent: boolean };

export type HintFormState = FormState<HintField, HintResult> & { captcha?: CaptchaProps | null; answered?: number };

export type StatusField = "reference" | "mobile" | "captcha" | "smsCode";

export interface StatusView {
  reference: string;
  kind: "natural" | "legal";
  status: "open" | "approved" | "rejected";
  reason: string | null;
  /** Already formatted for the page (Asia/Shanghai). */
  submittedAt: string;
  decidedAt: string | null;
}

export type StatusFormState = FormState<StatusField, StatusView> & {
  stage?: { ticket: string; maskedMobile: string } | null;
  captcha?: CaptchaProps | null;
  answered?: number;
};

export type SetPasswordField = "newPassword" | "newPasswordConfirm";
export type SetPasswordFormState = FormState<SetPasswordField>;

export type AppealField =
  | "mobile"
  | "captcha"
  | "query"
  | "pick"
  | "smsCode"
  | "personName"
  | "idNumber"
  | "orgName"
  | "uscc"
  | "legalRepName"
  | "reason"
  | "idFront"
  | "idBack"
  | "businessLicence"
  | "appealLetter";

/** One organisation the legal appeal's search found: its full name, the USCC's last four, the masked login name. */
export interface OrganisationChoice {
  orgName: string;
  usccTail: string | null;
  maskedLoginName: string;
}

export type AppealStage =
  /** Legal: the organisations found, to pick from, with the contact mobile. */
  | { step: "pick"; ticket: string; matches: OrganisationChoice[]; query: string }
  /** Natural after a "change mobile": the contact mobile again (the ticket proves the captcha). */
  | { step: "contact"; ticket: string }
  /** The appeal itself: the details and the code. */
  | { step: "details"; ticket: string; maskedMobile: string }
  /** The documents, posted to a route handler (the details wait in a cookie). */
  | { step: "documents" };

export type AppealFormState = FormState<AppealField, { reference: string }> & {
  stage?: AppealStage | null;
  captcha?: CaptchaProps | null;
  answered?: number;
};
