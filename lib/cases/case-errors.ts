// Refusals of the staff side of cases, each with a stable code the pages translate
// (messages/zh-CN/staff.json `staff.caseErrors.<code without "case.">`).
import { AppError } from "@/lib/errors/app-error";

export type CaseErrorCode =
  | "case.notFound"
  | "case.notOpen"
  | "case.notViewed"
  | "case.noEffect"
  | "case.noAccount"
  | "case.noIdNumber"
  | "case.idAlreadyVerified"
  | "case.reasonRequired"
  | "case.notReviewer";

/** The code without its `case.` prefix: the message key under `staff.caseErrors`. */
export type CaseErrorKey = CaseErrorCode extends `case.${infer Key}` ? Key : never;

export class CaseError extends AppError {
  constructor(
    readonly code: CaseErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = "CaseError";
  }

  get key(): CaseErrorKey {
    return this.code.slice("case.".length) as CaseErrorKey;
  }
}
