// What a job search can ask for. Saved searches (alerts) store exactly these filters.
import { z } from 'zod';
import { safeText } from './text.ts';
import { EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, REMOTE_TYPES } from '../enums.ts';
import { MAX_PAGE, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../pagination.ts';

const slug = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Not a valid identifier.');
const many = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `At most ${max} values.`);

export const JOB_SORTS = ['relevance', 'date', 'salary'] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/** The filters one by one (other inputs pick from these: recommended jobs take the job-shape ones). */
export const jobSearchFilterFields = z.strictObject({
    /** Web-search syntax: words, "quoted phrases", OR, -excluded; a word matches itself and its stem (see `prefix`). */
    q: safeText(200).optional(),
    /** Free text matched against the job's location ("Berlin", "NY"). */
    location: safeText(100).optional(),
    /** With a location: also include remote jobs wherever they are based. */
    includeRemote: z.boolean().optional(),
    remote: many(z.enum(REMOTE_TYPES), REMOTE_TYPES.length).optional(),
    employmentType: many(z.enum(EMPLOYMENT_TYPES), EMPLOYMENT_TYPES.length).optional(),
    experienceLevel: many(z.enum(EXPERIENCE_LEVELS), EXPERIENCE_LEVELS.length).optional(),
    /** Yearly amounts in `salaryCurrency`; a job matches when its range (per year) overlaps this one. */
    salaryMin: z.number().int().min(0).max(100_000_000).optional(),
    salaryMax: z.number().int().min(0).max(100_000_000).optional(),
    salaryCurrency: z.string().regex(/^[A-Z]{3}$/, 'A 3-letter currency code, like USD.').optional(),
    /** Skill slugs; a job must ask for all of them. */
    skills: many(slug, 10).optional(),
    /** Company slugs; a job of any of them matches. */
    companies: many(slug, 10).optional(),
    postedWithinDays: z.number().int().min(1).max(365).optional(),
  });

export const jobSearchFilters = jobSearchFilterFields.superRefine((f, issue) => {
    if (f.salaryMin !== undefined && f.salaryMax !== undefined && f.salaryMin > f.salaryMax) {
      issue.addIssue({ code: 'custom', path: ['salaryMin'], message: 'The minimum salary is above the maximum.' });
    }
  });
export type JobSearchFilters = z.infer<typeof jobSearchFilters>;

export const jobSearchInput = z.strictObject({
  filters: jobSearchFilters.default({}),
  sort: z.enum(JOB_SORTS).default('relevance'),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  /** For infinite scroll: the `nextCursor` of the previous page (then `page` is ignored). */
  cursor: z.string().max(500).optional(),
  /** Facet counts cost a query each; lists that only scroll can skip them. */
  facets: z.boolean().default(true),
  /**
   * Set only by the as-you-type search box: the last word of `q` is still being typed, so it matches as a
   * prefix ("devel" finds developer). Submitted and linked searches match whole words.
   */
  prefix: z.boolean().default(false),
});
export type JobSearchInput = z.infer<typeof jobSearchInput>;
