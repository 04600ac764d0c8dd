// Inputs of the account procedures. The browser uses the same schemas for its forms; the server adds the
// checks that need data the browser lacks (the common-password list).
import { z } from 'zod';
import { API_TOKEN_SCOPES } from '../enums.ts';
import { safeString, safeText } from './text.ts';

export const emailInput = z
  .string()
  .trim()
  .max(254, 'An email address has at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }))
  .transform((email) => email.toLowerCase());

/** Exactly what was typed: no trimming, no composition rules (docs/security.md). */
export const newPasswordInput = z
  .string()
  .min(8, 'Use at least 8 characters.')
  .max(128, 'Use at most 128 characters.');

/** A password being checked, not set: any length up to the maximum, so old passwords keep working. */
export const passwordInput = z.string().min(1, 'Enter your password.').max(128, 'Use at most 128 characters.');

const name = (label: string) => safeString().trim().min(1, `Enter your ${label}.`).max(100, `Use at most 100 characters.`);

/** Single-use tokens from emails: base32, 32 characters for 160 bits. */
export const emailTokenInput = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z2-7]{32}$/, 'This link or code is not valid; copy it again from the email.');

export const registerInput = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('candidate'),
    email: emailInput,
    password: newPasswordInput,
    firstName: name('first name'),
    lastName: name('last name'),
  }),
  z.strictObject({
    role: z.literal('recruiter'),
    email: emailInput,
    password: newPasswordInput,
    firstName: name('first name'),
    lastName: name('last name'),
    /** A new company, owned by this recruiter; or, with an invitation, the inviting company is joined. */
    companyName: safeString().trim().min(1, 'Enter your company name.').max(200, 'Use at most 200 characters.').optional(),
    invitationToken: emailTokenInput.optional(),
  }),
]);
export type RegisterInput = z.infer<typeof registerInput>;

export const signInInput = z.strictObject({ email: emailInput, password: passwordInput });
export const emailOnlyInput = z.strictObject({ email: emailInput });
export const tokenOnlyInput = z.strictObject({ token: emailTokenInput });
export const resetPasswordInput = z.strictObject({ token: emailTokenInput, newPassword: newPasswordInput });
export const changePasswordInput = z.strictObject({ currentPassword: passwordInput, newPassword: newPasswordInput });
export const passwordConfirmationInput = z.strictObject({ password: passwordInput });

/** A 6-digit authenticator code or a recovery code (xxxx-xxxx-xxxx). */
export const mfaCodeInput = z.strictObject({
  code: z
    .string()
    .trim()
    .min(6, 'Enter the 6-digit code from your authenticator app, or a recovery code.')
    .max(20, 'Enter the 6-digit code from your authenticator app, or a recovery code.'),
});
export const disableMfaInput = z.strictObject({ password: passwordInput, code: mfaCodeInput.shape.code });

export const sessionIdInput = z.strictObject({ id: z.string().regex(/^[a-z2-7]{24}$/, 'Not a session id.') });

/** How long a new API token works: a fixed number of days, or until revoked (null). */
export const API_TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;

export const createApiTokenInput = z.strictObject({
  name: safeText(60).min(1, 'Name the token after the script that uses it, like "nightly export".'),
  scope: z.enum(API_TOKEN_SCOPES, { error: 'Choose read-only or full access.' }),
  expiresInDays: z
    .union(API_TOKEN_LIFETIMES_DAYS.map((days) => z.literal(days)) as unknown as [z.ZodLiteral<7>, z.ZodLiteral<30>, z.ZodLiteral<90>, z.ZodLiteral<365>], {
      error: `Choose ${API_TOKEN_LIFETIMES_DAYS.join(', ')} days, or no expiry.`,
    })
    .nullable(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;

export const apiTokenIdInput = z.strictObject({ id: z.string().regex(/^[a-z2-7]{16}$/, 'Not an API token id.') });
