// REST endpoints the original Hotgigs API did not have (docs/rest.md): companies, saved jobs, alerts, the
// candidate's profile and resumes. Built like the original's (endpoint.ts): each calls its tRPC twin, which
// holds every rule; these only rename fields. Resume upload is the multipart route POST /api/resumes
// (http/resume-files.ts), which the OpenAPI document lists beside these (plugin.ts).
import { z } from 'zod';
import {
  ALERT_FREQUENCIES,
  COMPANY_SIZES,
  EMPLOYMENT_TYPES,
  EXPERIENCE_LEVELS,
  PROFILE_VISIBILITIES,
  REMOTE_PREFERENCES,
  REMOTE_TYPES,
  SALARY_PERIODS,
} from '@hotgigs/shared';
import { fromRest } from './case.ts';
import { byId, empty, endpoint, type Twin } from './endpoint.ts';
import { FILTERS_FIELD_NAMES, flatJob, jobsQuery, pagination, restJob, SEARCH_FILTER_NAMES, searchFilters } from './schemas.ts';

const id = z.string().describe('UUID');
const dateTime = z.string().describe('ISO 8601 date and time');
const page = { page: z.number().int().optional(), limit: z.number().int().optional().describe('At most 100') };

// ---- companies

const restCompany = z.looseObject({
  id,
  name: z.string(),
  slug: z.string(),
  website: z.string().nullable(),
  description: z.string().nullable(),
  location: z.string().nullable(),
  size: z.enum(COMPANY_SIZES).nullable(),
});

const companies = {
  get: endpoint({
    method: 'GET',
    path: '/companies/{slug}',
    tag: 'companies',
    summary: 'A company\'s page',
    description: 'Its details and open jobs.',
    access: 'public',
    twins: ['company.get'],
    input: z.object({ slug: z.string() }),
    output: restCompany,
    errors: [404],
    call: (twin, input) => twin.company.get(input),
  }),
  update: endpoint({
    method: 'PUT',
    path: '/company',
    tag: 'companies',
    summary: 'Change your company',
    description: 'The caller\'s own company (recruiters). The fields given change; null clears one.',
    access: ['recruiter'],
    twins: ['company.update'],
    input: z.object({
      name: z.string().optional(),
      website: z.string().nullable().optional(),
      description: z.string().nullable().optional().describe('Plain text; blank lines separate paragraphs'),
      location: z.string().nullable().optional(),
      size: z.enum(COMPANY_SIZES).nullable().optional(),
    }),
    output: z.looseObject({ slug: z.string() }),
    call: (twin, body) => twin.company.update(body),
  }),
};

// ---- saved jobs (candidates)

const jobIdParam = z.object({ job_id: z.string().describe('UUID of a published job') });
const savedState = z.object({ job_id: id, saved: z.boolean() });

const savedJobs = {
  list: endpoint({
    method: 'GET',
    path: '/saved-jobs',
    tag: 'saved jobs',
    summary: 'Your saved jobs',
    description: 'Newest first; `open` is false once a job closed or passed its deadline.',
    access: ['candidate'],
    twins: ['savedJob.list'],
    input: z.object(page),
    output: z.object({ saved_jobs: z.array(restJob.extend({ open: z.boolean(), saved_at: dateTime })), pagination }),
    call: async (twin, q) => {
      const saved = await twin.savedJob.list({ page: q.page ?? 1, limit: q.limit ?? 20 });
      return { savedJobs: saved.items.map((job) => flatJob(job as unknown as Record<string, unknown>)), pagination: saved.pagination };
    },
  }),
  save: endpoint({
    method: 'PUT',
    path: '/saved-jobs/{job_id}',
    tag: 'saved jobs',
    summary: 'Save a job',
    description: 'Saving a job already saved changes nothing.',
    access: ['candidate'],
    twins: ['savedJob.save'],
    input: jobIdParam,
    output: savedState,
    errors: [404],
    call: (twin, { job_id }) => twin.savedJob.save({ jobId: job_id }),
  }),
  unsave: endpoint({
    method: 'DELETE',
    path: '/saved-jobs/{job_id}',
    tag: 'saved jobs',
    summary: 'Forget a saved job',
    access: ['candidate'],
    twins: ['savedJob.unsave'],
    input: jobIdParam,
    output: savedState,
    call: (twin, { job_id }) => twin.savedJob.unsave({ jobId: job_id }),
  }),
};

// ---- alerts (candidates): a saved search, emailed daily or weekly

const { q, location, salary_min, salary_max, salary_currency, posted_within_days } = jobsQuery.shape;
const restFilters = z.object({
  q,
  location,
  remote_option: z.array(z.enum(REMOTE_TYPES)).optional(),
  employment_type: z.array(z.enum(EMPLOYMENT_TYPES)).optional(),
  experience_level: z.array(z.enum(EXPERIENCE_LEVELS)).optional(),
  salary_min,
  salary_max,
  salary_currency,
  skills: z.array(z.string()).optional().describe('Skill slugs'),
  companies: z.array(z.string()).optional().describe('Company slugs'),
  posted_within_days,
});

const restAlert = z.object({
  id,
  name: z.string(),
  filters: restFilters,
  frequency: z.enum(ALERT_FREQUENCIES),
  active: z.boolean(),
  created_at: dateTime,
});

/** job.search's filters as REST names them. */
function restFiltersOf(filters: Record<string, unknown>) {
  const renamed = Object.fromEntries(Object.entries(filters).map(([key, value]) => [SEARCH_FILTER_NAMES[key as keyof typeof SEARCH_FILTER_NAMES] ?? key, value]));
  return renamed;
}
const alertOut = (alert: { filters: Record<string, unknown> }) => ({ ...alert, filters: restFiltersOf(alert.filters) });

const alertBody = { name: z.string(), filters: restFilters, frequency: z.enum(ALERT_FREQUENCIES).optional().describe('Default daily') };

const alerts = {
  list: endpoint({
    method: 'GET',
    path: '/alerts',
    tag: 'alerts',
    summary: 'Your job alerts',
    access: ['candidate'],
    twins: ['alert.list'],
    input: empty,
    output: z.object({ alerts: z.array(restAlert) }),
    call: async (twin) => ({ alerts: (await twin.alert.list()).map((alert) => alertOut(alert as unknown as { filters: Record<string, unknown> })) }),
  }),
  create: endpoint({
    method: 'POST',
    path: '/alerts',
    tag: 'alerts',
    summary: 'Make a job alert',
    description: 'New jobs matching the filters are emailed daily or weekly.',
    access: ['candidate'],
    twins: ['alert.create'],
    input: z.object(alertBody),
    output: restAlert,
    fieldNames: FILTERS_FIELD_NAMES,
    errors: [409],
    call: async (twin, body) => alertOut((await twin.alert.create({ name: body.name, filters: searchFilters(body.filters), frequency: body.frequency ?? 'daily' })) as never),
  }),
  update: endpoint({
    method: 'PUT',
    path: '/alerts/{id}',
    tag: 'alerts',
    summary: 'Change a job alert',
    description: '`active: false` pauses it; true resumes it with jobs published from then on.',
    access: ['candidate'],
    twins: ['alert.update'],
    input: byId.extend({ name: z.string().optional(), filters: restFilters.optional(), frequency: z.enum(ALERT_FREQUENCIES).optional(), active: z.boolean().optional() }),
    output: restAlert,
    fieldNames: FILTERS_FIELD_NAMES,
    errors: [404],
    call: async (twin, { filters, ...rest }) => alertOut((await twin.alert.update({ ...rest, ...(filters && { filters: searchFilters(filters) }) })) as never),
  }),
  delete: endpoint({
    method: 'DELETE',
    path: '/alerts/{id}',
    tag: 'alerts',
    summary: 'Delete a job alert',
    access: ['candidate'],
    twins: ['alert.delete'],
    input: byId,
    output: z.object({ id, deleted: z.literal(true) }),
    errors: [404],
    call: (twin, input) => twin.alert.delete(input),
  }),
};

// ---- the candidate's profile

const entries = z.array(z.looseObject({})).optional();
const profileBody = z.object({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  headline: z.string().nullable().optional(),
  summary: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  remote_preference: z.enum(REMOTE_PREFERENCES).optional(),
  salary_min: z.number().int().nullable().optional(),
  salary_max: z.number().int().nullable().optional(),
  salary_currency: z.string().nullable().optional(),
  salary_period: z.enum(SALARY_PERIODS).nullable().optional(),
  availability: z.string().nullable().optional(),
  years_experience: z.number().int().nullable().optional(),
  visibility: z.enum(PROFILE_VISIBILITIES).optional(),
  experience: entries.describe('Positions: title, company, location, start and end (YYYY-MM), current, bullets'),
  education: entries.describe('institution, degree, field, start_year, end_year'),
  languages: z.array(z.string()).optional(),
  certifications: z.array(z.string()).optional(),
  links: z.array(z.object({ kind: z.string(), url: z.string() })).optional(),
  skills: z
    .array(z.object({ slug: z.string(), proficiency: z.number().int().nullable().optional().describe('1 to 5'), years: z.number().nullable().optional() }))
    .optional()
    .describe('The whole list: replaces the profile\'s skills'),
});
const restProfile = z.looseObject({ candidate_id: id, first_name: z.string(), last_name: z.string(), headline: z.string().nullable(), visibility: z.enum(PROFILE_VISIBILITIES) });

const profile = {
  get: endpoint({
    method: 'GET',
    path: '/profile',
    tag: 'profile',
    summary: 'Your candidate profile',
    access: ['candidate'],
    twins: ['profile.get'],
    input: empty,
    output: restProfile,
    call: (twin) => twin.profile.get(),
  }),
  update: endpoint({
    method: 'PUT',
    path: '/profile',
    tag: 'profile',
    summary: 'Change your candidate profile',
    description: 'The fields given change; lists given replace the profile\'s.',
    access: ['candidate'],
    twins: ['profile.update', 'profile.get'],
    input: profileBody,
    output: restProfile,
    call: async (twin, body) => {
      await twin.profile.update(fromRest(body) as Parameters<Twin['profile']['update']>[0]);
      return twin.profile.get();
    },
  }),
};

// ---- resumes (upload: the multipart POST /api/resumes)

const restResume = z.looseObject({
  id,
  filename: z.string().describe('As uploaded (for display)'),
  format: z.string(),
  size_bytes: z.number().int(),
  parse_status: z.string().describe('pending, parsing, parsed or failed'),
  is_primary: z.boolean(),
  created_at: dateTime,
});

const resumes = {
  list: endpoint({
    method: 'GET',
    path: '/resumes',
    tag: 'resumes',
    summary: 'Your resumes',
    description: 'Upload one with a multipart POST to /api/resumes (field `file`: PDF, DOCX or TXT).',
    access: ['candidate'],
    twins: ['resume.list'],
    input: empty,
    output: z.object({ resumes: z.array(restResume) }),
    call: async (twin) => ({ resumes: await twin.resume.list() }),
  }),
  get: endpoint({
    method: 'GET',
    path: '/resumes/{id}',
    tag: 'resumes',
    summary: 'One resume and what was read from it',
    access: ['candidate'],
    twins: ['resume.get'],
    input: byId,
    output: restResume.describe('With what was read from it'),
    errors: [404],
    call: (twin, input) => twin.resume.get(input),
  }),
  setPrimary: endpoint({
    method: 'PUT',
    path: '/resumes/{id}/primary',
    tag: 'resumes',
    summary: 'Make a resume the one applications use by default',
    access: ['candidate'],
    twins: ['resume.setPrimary'],
    input: byId,
    output: z.looseObject({}),
    errors: [404],
    call: (twin, input) => twin.resume.setPrimary(input),
  }),
  rewrites: endpoint({
    method: 'POST',
    path: '/resumes/{id}/rewrites',
    tag: 'resumes',
    summary: 'Ask for rewrites of weak bullet points',
    description:
      "Only where the portal has an AI provider (AI_PROVIDER_URL); 503 otherwise. Sends the resume's weak bullets and their job titles, never who you are; 10 an hour.",
    access: ['candidate'],
    twins: ['resume.suggestRewrites'],
    input: byId,
    output: z.looseObject({ available: z.boolean(), provider: z.string().nullable(), suggestions: z.array(z.looseObject({})).nullable() }),
    errors: [404, 503],
    call: (twin, input) => twin.resume.suggestRewrites(input),
  }),
  delete: endpoint({
    method: 'DELETE',
    path: '/resumes/{id}',
    tag: 'resumes',
    summary: 'Delete a resume',
    description: 'A resume sent with an application stays with that application.',
    access: ['candidate'],
    twins: ['resume.delete'],
    input: byId,
    output: z.looseObject({}),
    errors: [404, 409],
    call: (twin, input) => twin.resume.delete(input),
  }),
};

export const portalEndpoints = { companies, savedJobs, alerts, profile, resumes };
