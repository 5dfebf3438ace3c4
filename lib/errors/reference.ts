import { randomBytes } from "node:crypto";

/** A short reference shown to the user with a generic error and written to the log beside it. */
export function newErrorReference(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}
