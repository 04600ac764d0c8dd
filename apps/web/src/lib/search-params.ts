// The state each page keeps in its URL, parsed leniently: a hand-edited or stale URL falls back to defaults
// instead of failing.
import { MAX_PAGE, USER_ROLES } from '@hotgigs/shared';
import { z } from 'zod';

/** Jobs per page on the list (the API allows up to 100). */
export const JOBS_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;

export const jobsSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
  // The router parses `?q=123` as a number and `?q=true` as a boolean; they are still searches for words.
  q: z
    .union([z.string(), z.number(), z.boolean()])
    .transform((value) => String(value).trim().slice(0, MAX_QUERY_LENGTH) || undefined)
    .optional()
    .catch(undefined),
});
export type JobsSearch = z.output<typeof jobsSearchSchema>;
export const JOBS_SEARCH_DEFAULTS = { page: 1 } as const;

/** A URL value the router may have parsed as a number or boolean, read back as the text it was. */
const text = (max: number) =>
  z
    .union([z.string(), z.number(), z.boolean()])
    .transform((value) => String(value).trim().slice(0, max) || undefined)
    .optional()
    .catch(undefined);

/** /sign-in?redirect=/account: where to go afterwards (checked by safeRedirectPath before it is followed). */
export const signInSearchSchema = z.object({ redirect: text(2000) });
export type SignInSearch = z.output<typeof signInSearchSchema>;

/** /sign-up?role=recruiter&invitation=...&email=...: the links in invitation emails look like this. */
export const signUpSearchSchema = z.object({
  role: z.enum(['candidate', 'recruiter']).optional().catch(undefined),
  invitation: text(100),
  email: text(254),
});

/** /verify-email?token=... and /reset-password?token=...: the links in account emails. */
export const emailTokenSearchSchema = z.object({ token: text(100) });

export const ADMIN_USERS_PAGE_SIZE = 25;
export const adminUsersSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
  q: text(MAX_QUERY_LENGTH),
  role: z.enum(USER_ROLES).optional().catch(undefined),
  status: z.enum(['active', 'deactivated']).optional().catch(undefined),
});
export type AdminUsersSearch = z.output<typeof adminUsersSearchSchema>;
export const ADMIN_USERS_SEARCH_DEFAULTS = { page: 1 } as const;
