// The search page's state in its URL, parsed leniently: a hand-edited or stale URL falls back to defaults
// instead of failing.
import { EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, JOB_SORTS, MAX_PAGE, REMOTE_TYPES } from '@hotgigs/shared';
import { z } from 'zod';
import { MAX_QUERY_LENGTH, urlText } from '../../lib/url-params.ts';

/** Jobs per page on the list (the API allows up to 100). */
export const JOBS_PAGE_SIZE = 20;

/** Keeps the valid, distinct values of a URL array (or a lone value), at most `max`; none left is no filter. */
function lenientArray<T extends z.ZodType>(item: T, max: number) {
  return z
    .unknown()
    .transform((value) => {
      const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
      const kept: z.output<T>[] = [];
      for (const v of values) {
        const parsed = item.safeParse(typeof v === 'number' ? String(v) : v);
        if (parsed.success && !kept.includes(parsed.data) && kept.length < max) kept.push(parsed.data);
      }
      return kept.length ? kept : undefined;
    })
    .optional();
}

const searchSlug = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

export const POSTED_WITHIN_DAYS = [1, 7, 30] as const;
export type PostedWithinDays = (typeof POSTED_WITHIN_DAYS)[number];

/**
 * /jobs: the search, all of it in the URL so links (alert emails), reload and back work:
 * `/jobs?q=%22data+engineer%22+-senior&remote=remote&remote=hybrid&page=2`. An array filter is its key repeated,
 * and one given once is a list of one; the old JSON form (`remote=%5B%22remote%22%5D`) reads the same (the rule:
 * packages/shared/src/url-search.ts). Unknown or malformed values are dropped, never an error.
 */
export const jobsSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
  // The router parses `?q=123` as a number and `?q=true` as a boolean; they are still searches for words. Quotes
  // are kept: `?q="data engineer"` is the phrase search `"data engineer"`.
  q: urlText(MAX_QUERY_LENGTH),
  location: urlText(100),
  remote: lenientArray(z.enum(REMOTE_TYPES), REMOTE_TYPES.length),
  employmentType: lenientArray(z.enum(EMPLOYMENT_TYPES), EMPLOYMENT_TYPES.length),
  experienceLevel: lenientArray(z.enum(EXPERIENCE_LEVELS), EXPERIENCE_LEVELS.length),
  skills: lenientArray(searchSlug, 10),
  companies: lenientArray(searchSlug, 10),
  postedWithinDays: z
    .union(POSTED_WITHIN_DAYS.map((days) => z.literal(days)))
    .optional()
    .catch(undefined),
  salaryMin: z.number().int().min(0).max(100_000_000).optional().catch(undefined),
  sort: z.enum(JOB_SORTS).optional().catch(undefined),
});
export type JobsSearch = z.output<typeof jobsSearchSchema>;
export const JOBS_SEARCH_DEFAULTS = { page: 1 } as const;

/** The URL's search as the API's `job.search` input. */
export function toJobSearchInput(search: JobsSearch) {
  const { page, sort, ...filters } = search;
  return { filters, sort: sort ?? 'relevance', page, limit: JOBS_PAGE_SIZE } as const;
}

/** Whether any filter (or words) narrows the list. */
export function hasFilters(search: JobsSearch): boolean {
  const { page: _page, sort: _sort, ...filters } = search;
  return Object.values(filters).some((value) => value !== undefined);
}
