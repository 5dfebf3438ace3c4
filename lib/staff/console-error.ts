// Refusals of the staff console's operations (issue 13 §4), each with a stable code the pages show
// in words (messages/zh-CN/staff-ops.json `staffOps.errors.<code with "." as "_">`).
import { AppError } from "@/lib/errors/app-error";

export type ConsoleErrorCode =
  | "conflict.notFound"
  | "conflict.alreadyResolved"
  | "conflict.loginNameTaken"
  | "conflict.usccHeld"
  | "conflict.loginNameRequired"
  | "conflict.loginNameFormat"
  | "conflict.loginNameMobileNotOwn"
  | "conflict.loginNameUsccNotOwn"
  | "authorisation.notFound"
  | "authorisation.accountNotFound"
  | "authorisation.notNatural"
  | "authorisation.exists"
  | "authorisation.revoked"
  | "staff.notFound"
  | "staff.nameTaken"
  | "staff.lastAdmin"
  | "staff.self"
  | "import.busy";

export class ConsoleError extends AppError {
  constructor(
    readonly code: ConsoleErrorCode,
    message: string,
    field?: string,
  ) {
    super(code, message, field);
    this.name = "ConsoleError";
  }

  /** The message key under `staffOps.errors`. */
  get key(): string {
    return this.code.replace(".", "_");
  }
}
