// The REST surface's shapes, snake_case as the original Hotgigs API (docs/rest.md). Inputs give types and the
// OpenAPI document's descriptions; the rules are the twins' (endpoint.ts). Outputs are what endpoints answer:
// fields not listed here are left out of the answer.
import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  JOB_STATUSES,
  REMOTE_TYPES,
  SALARY_PERIODS,
  SKILL_REQUIREMENTS,
  USER_ROLES,
} from '@hotgigs/shared';
import { listParam } from './endpoint.ts';

const dateTime = z.string().describe('ISO 8601 date and time');
const id = z.string().describe('UUID');

export const pagination = z.object({ page: z.number().int(), limit: z.number().int(), total_count: z.number().int(), total_pages: z.number().int() });

const jobSkill = z.object({ slug: z.string(), name: z.string(), requirement: z.enum(SKILL_REQUIREMENTS), years_required: z.number().int().nullable() });

export const restJob = z.object({
  id,
  title: z.string(),
  location: z.string().nullable(),
  remote_option: z.enum(REMOTE_TYPES),
  employment_type: z.enum(EMPLOYMENT_TYPES),
  experience_level: z.enum(EXPERIENCE_LEVELS),
  salary_min: z.number().int().nullable(),
  salary_max: z.number().int().nullable(),
  salary_currency: z.string().nullable(),
  salary_period: z.enum(SALARY_PERIODS).nullable(),
  status: z.enum(JOB_STATUSES).optional(),
  published_at: dateTime.nullable(),
  deadline: dateTime.nullable(),
  company: z.looseObject({ id, name: z.string(), slug: z.string() }),
  skills: z.array(jobSkill),
});

/** A public job summary (job.search, job.byId, savedJob.list) as the original's one flat job: `remote_option` and flat salary fields. */
export function flatJob(job: Record<string, unknown>) {
  const { remote, salary, ...rest } = job as { remote: string; salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null };
  return { ...rest, remoteOption: remote, salaryMin: salary?.min ?? null, salaryMax: salary?.max ?? null, salaryCurrency: salary?.currency ?? null, salaryPeriod: salary?.period ?? null };
}

export const restJobDetail = restJob.extend({
  description: z.string().describe('Safe HTML'),
  requirements: z.string().nullable(),
  view_count: z.number().int().optional(),
  application_count: z.number().int().optional(),
  screening_questions: z.array(z.looseObject({ id: z.string(), kind: z.string(), prompt: z.string(), required: z.boolean() })),
});


export const jobsQuery = z.object({
  q: z.string().optional().describe('Words, "quoted phrases", OR, -excluded'),
  location: z.string().optional(),
  remote_option: listParam(z.enum(REMOTE_TYPES)).describe('One or more, comma-separated'),
  employment_type: listParam(z.enum(EMPLOYMENT_TYPES)).describe('One or more, comma-separated'),
  experience_level: listParam(z.enum(EXPERIENCE_LEVELS)).describe('One or more, comma-separated'),
  salary_min: z.number().int().optional().describe('Yearly, in salary_currency'),
  salary_max: z.number().int().optional(),
  salary_currency: z.string().optional(),
  skills: listParam(z.string()).describe('Skill slugs; a job must ask for all of them'),
  companies: listParam(z.string()).describe('Company slugs'),
  posted_within_days: z.number().int().optional(),
  sort: z.enum(['relevance', 'date', 'salary']).optional(),
  page: z.number().int().optional(),
  limit: z.number().int().optional().describe('At most 100'),
  cursor: z.string().optional().describe('The next_cursor of the previous page (then page is ignored)'),
  facets: z.enum(['true', 'false']).optional().describe('true: also answer `facets`, the counts behind each filter value'),
});

/** Search filters as REST names them (the query of GET /jobs, the `filters` of an alert) -> job.search's. */
export function searchFilters(q: Partial<Record<keyof z.output<typeof jobsQuery>, unknown>>) {
  return {
    q: q.q,
    location: q.location,
    remote: q.remote_option,
    employmentType: q.employment_type,
    experienceLevel: q.experience_level,
    salaryMin: q.salary_min,
    salaryMax: q.salary_max,
    salaryCurrency: q.salary_currency,
    skills: q.skills,
    companies: q.companies,
    postedWithinDays: q.posted_within_days,
  } as never;
}

/** job.search's filter names -> REST's, for answers that echo filters (alerts) and for error fields. */
export const SEARCH_FILTER_NAMES = {
  remote: 'remote_option',
  employmentType: 'employment_type',
  experienceLevel: 'experience_level',
  salaryMin: 'salary_min',
  postedWithinDays: 'posted_within_days',
} as const;

/** The same, as the `fieldNames` of an endpoint whose twin takes them under `filters` (job.search, alert.*). */
export const FILTERS_FIELD_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(SEARCH_FILTER_NAMES).map(([twin, rest]) => [`filters.${twin}`, rest]),
);

const facetCount = z.object({ value: z.string(), label: z.string().optional(), count: z.number().int() });
export const restFacets = z.object({
  remote_option: z.array(facetCount),
  employment_type: z.array(facetCount),
  experience_level: z.array(facetCount),
  skills: z.array(facetCount),
  companies: z.array(facetCount),
  posted_within_days: z.array(facetCount),
  approximate: z.boolean().describe('Counted on a sample of a very large result'),
});

export const restJobList = z.object({ jobs: z.array(restJob), pagination, next_cursor: z.string().nullable(), facets: restFacets.nullable().optional() });


export const jobBody = z.object({
  title: z.string().optional(),
  description: z.string().optional().describe('HTML (a small safe subset) or plain text'),
  requirements: z.string().optional(),
  location: z.string().nullable().optional(),
  remote_option: z.enum(REMOTE_TYPES).optional(),
  employment_type: z.enum(EMPLOYMENT_TYPES).optional(),
  experience_level: z.enum(EXPERIENCE_LEVELS).optional(),
  salary_min: z.number().int().nullable().optional(),
  salary_max: z.number().int().nullable().optional(),
  salary_currency: z.string().optional(),
  salary_period: z.enum(SALARY_PERIODS).optional(),
  deadline: z.string().nullable().optional().describe('ISO 8601 date and time'),
  skills: z
    .array(z.object({ slug: z.string(), requirement: z.enum(SKILL_REQUIREMENTS).optional(), years_required: z.number().int().nullable().optional() }))
    .optional(),
  status: z.enum(['draft', 'published']).optional().describe('published publishes the job (it must be complete)'),
});

const profile = z
  .looseObject({ kind: z.enum(['candidate', 'recruiter']), id, first_name: z.string(), last_name: z.string() })
  .nullable();
export const restUser = z.object({
  id,
  email: z.string(),
  role: z.enum(USER_ROLES),
  email_verified: z.boolean(),
  mfa_enabled: z.boolean(),
  last_login_at: dateTime.nullable(),
  created_at: dateTime,
});
export const restAccount = z.object({ user: restUser, profile });

export const restApplication = z.looseObject({
  id,
  status: z.enum(APPLICATION_STATUSES),
  submitted_at: dateTime,
  updated_at: dateTime.optional(),
  job: z.looseObject({ id, title: z.string() }).optional(),
  candidate: z.looseObject({}).optional().describe('To the company: who applied'),
  match_score: z.number().nullable().optional(),
});
export const restApplicationList = z.object({ applications: z.array(restApplication), pagination });
