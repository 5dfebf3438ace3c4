export { dummyPasswordHash, hashPassword, isSupportedHashFormat, needsRehash, verifyPassword } from "./hash";
export {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordContext,
  type PasswordPolicyReason,
} from "./policy";
