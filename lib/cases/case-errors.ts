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

export class CaseError extends AppError {
  constructor(
    readonly code: CaseErrorCode,
    message: string,
  ) {
    super(code, message);
    this.name = "CaseError";
  }
}
