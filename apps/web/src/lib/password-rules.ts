// The password rules people see while typing. The same limits as the API's schema (newPasswordInput); the
// common-password list is too big to ship, so that rule is only checked by the server, on submit.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** The API refuses passwords containing the email's local part once it has at least this many characters. */
const EMAIL_NAME_MIN_LENGTH = 4;

export interface PasswordRuleStatus {
  length: number;
  lengthOk: boolean;
  /** undefined when the email is not known or too short to matter. */
  avoidsEmailName: boolean | undefined;
}

/** Length counts UTF-16 code units, as the API's zod schema does. */
export function passwordRuleStatus(password: string, email?: string): PasswordRuleStatus {
  const length = password.length;
  const emailName = email?.trim().split('@')[0]?.toLowerCase();
  return {
    length,
    lengthOk: length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH,
    avoidsEmailName:
      emailName && emailName.length >= EMAIL_NAME_MIN_LENGTH ? !password.toLowerCase().includes(emailName) : undefined,
  };
}
