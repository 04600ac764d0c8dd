// Inputs of the company procedures: the public company page and the profile its recruiters edit.
import { z } from 'zod';
import { safeString } from './text.ts';
import { COMPANY_SIZES } from '../enums.ts';

export const companySlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Not a company address: lower-case letters, digits and dashes.');

export const companyBySlugInput = z.strictObject({ slug: companySlug });
export type CompanyBySlugInput = z.infer<typeof companyBySlugInput>;

export const COMPANY_DESCRIPTION_MAX = 5000;

const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** Forms send "" (or spaces) for a field left empty: that clears it, like null. */
const clearable = (text: z.ZodString) =>
  text
    .trim()
    .transform((value) => (value === '' ? null : value))
    .nullable();

const website = z
  .string()
  .max(500, 'Use at most 500 characters.')
  .refine((value) => value.trim() === '' || httpUrl.safeParse(value.trim()).success, 'Enter a web address starting with http:// or https://.');

/** Only the fields given change; the company is the caller's own (the input has no company id on purpose). */
export const companyUpdateInput = z.strictObject({
  name: safeString().trim().min(1, 'Enter the company name.').max(200, 'Use at most 200 characters.').optional(),
  website: clearable(website).optional(),
  /** Plain text; paragraphs are separated by blank lines. */
  description: clearable(safeString().max(COMPANY_DESCRIPTION_MAX, `Use at most ${COMPANY_DESCRIPTION_MAX} characters.`)).optional(),
  location: clearable(safeString().max(200, 'Use at most 200 characters.')).optional(),
  size: z.enum(COMPANY_SIZES, { error: `Pick one of ${COMPANY_SIZES.join(', ')}.` }).nullable().optional(),
});
export type CompanyUpdateInput = z.infer<typeof companyUpdateInput>;

/** Logos: what the upload route accepts (checked by the file's bytes, not its name). */
export const COMPANY_LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const COMPANY_LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
