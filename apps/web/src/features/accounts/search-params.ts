// The account screens' state in their URLs: what the links in account and invitation emails carry.
import { z } from 'zod';
import { urlText } from '../../lib/url-params.ts';

/**
 * /sign-in?redirect=/account: where to go afterwards (checked by safeRedirectPath before it is followed);
 * &email=...: the address to fill in (the email confirmation page, opened where the person did not sign up).
 */
export const signInSearchSchema = z.object({ redirect: urlText(2000), email: urlText(254) });
export type SignInSearch = z.output<typeof signInSearchSchema>;

/** /sign-up?role=recruiter&invitation=...&email=...: the links in invitation emails look like this. */
export const signUpSearchSchema = z.object({
  role: z.enum(['candidate', 'recruiter']).optional().catch(undefined),
  invitation: urlText(100),
  email: urlText(254),
});

/** /verify-email?token=... and /reset-password?token=...: the links in account emails. */
export const emailTokenSearchSchema = z.object({ token: urlText(100) });
