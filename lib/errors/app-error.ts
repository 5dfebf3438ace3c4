// Errors that carry a stable code. Expected ones are shown to the user in words looked up by code
// (so they can be translated); anything else is logged and answered generically with a reference.
export class AppError extends Error {
  constructor(
    readonly code: string,
    message?: string,
    readonly field?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

/** Bad input from the caller: HTTP 400, CLI exit code 2. */
export class InputError extends AppError {
  constructor(code: string, message: string, field?: string) {
    super(code, message, field);
    this.name = "InputError";
  }
}
