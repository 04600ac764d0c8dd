// The REST endpoints (docs/rest.md): the original Hotgigs API's table, each one a thin adapter over its tRPC
// twin(s) (endpoint.ts). Grouped as the original: auth, jobs, applications; portal.ts adds what the original
// did not have (companies, saved jobs, alerts, the profile, resumes).
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { APPLICATION_STATUSES, REJECTION_REASON_KEYS } from '@hotgigs/shared';
import { router } from '../trpc/init.ts';
import { fromRest } from './case.ts';
import { byId, empty, endpoint, type Twin } from './endpoint.ts';
import {
  jobBody,
  jobsQuery,
  restAccount,
  restApplication,
  restApplicationList,
  restJobDetail,
  restJobList,
  restUser,
  FILTERS_FIELD_NAMES,
  flatJob,
  searchFilters,
} from './schemas.ts';
import { portalEndpoints } from './portal.ts';


// ---- jobs: the twins' shapes (a public summary, an editor's job) as the original's one flat job.

type EditorJob = { remote: string; salaryMin: number | null } & Record<string, unknown>;

function editorJob(job: EditorJob) {
  const { remote, ...rest } = job;
  return { ...rest, remoteOption: remote, publishedAt: rest.publishedAt ?? null };
}

/** A job body as the editor takes it: remote_option is `remote`, the deadline a Date (the twin checks its range). */
function editorFields(body: z.output<typeof jobBody>) {
  const { remote_option, deadline, status: _status, ...rest } = body;
  const fields = fromRest(rest) as Record<string, unknown>;
  if (remote_option !== undefined) fields.remote = remote_option;
  if (deadline !== undefined) fields.deadline = deadline === null ? null : new Date(deadline);
  return fields;
}
const jobFieldNames = { remote: 'remote_option' };

async function publishIfAsked(twin: Twin, id: string, status: string | undefined) {
  if (status === 'published') await twin.jobEditor.transition({ id, action: 'publish' });
}

const isCompanySide = (role: string | undefined) => role === 'recruiter' || role === 'admin';

const jobs = {
  list: endpoint({
    method: 'GET',
    path: '/jobs',
    tag: 'jobs',
    summary: 'Search published jobs',
    description: 'Every filter of the search page. Pages by `page` and `limit`, or by `cursor` for endless lists.',
    access: 'public',
    twins: ['job.search'],
    input: jobsQuery,
    output: restJobList,
    fieldNames: FILTERS_FIELD_NAMES,
    call: async (twin, q) => {
      const found = await twin.job.search({ filters: searchFilters(q), sort: q.sort, page: q.page, limit: q.limit, cursor: q.cursor, facets: q.facets === 'true' });
      const { totalIsLowerBound: _approx, ...page } = found.pagination;
      const facets = found.facets && (({ remote, ...rest }) => ({ remoteOption: remote, ...rest }))(found.facets);
      return { jobs: found.items.map((job) => flatJob(job as unknown as Record<string, unknown>)), pagination: page, nextCursor: found.nextCursor, facets };
    },
  }),

  get: endpoint({
    method: 'GET',
    path: '/jobs/{id}',
    tag: 'jobs',
    summary: 'One job',
    description: 'A published job (the visit counts as a view); recruiters of its company and admins also get drafts and closed jobs.',
    access: 'public',
    twins: ['job.byId', 'jobEditor.get'],
    input: byId,
    output: restJobDetail,
    errors: [404],
    call: async (twin, { id }, ctx) => {
      try {
        const job = await twin.job.byId({ id });
        return flatJob({ ...job, description: job.descriptionHtml } as unknown as Record<string, unknown>);
      } catch (error) {
        if (!(error instanceof TRPCError && error.code === 'NOT_FOUND' && isCompanySide(ctx.auth?.user.role))) throw error;
        return editorJob((await twin.jobEditor.get({ id })) as unknown as EditorJob);
      }
    },
  }),

  create: endpoint({
    method: 'POST',
    path: '/jobs',
    tag: 'jobs',
    summary: 'Post a job',
    description: 'A draft of the caller\'s company; with `status: "published"` it is published at once (it must then be complete).',
    access: ['recruiter'],
    twins: ['jobEditor.create', 'jobEditor.transition'],
    input: jobBody,
    output: restJobDetail,
    fieldNames: jobFieldNames,
    call: async (twin, body) => {
      const job = await twin.jobEditor.create(editorFields(body));
      await publishIfAsked(twin, job.id, body.status);
      return editorJob((await twin.jobEditor.get({ id: job.id })) as unknown as EditorJob);
    },
  }),

  update: endpoint({
    method: 'PUT',
    path: '/jobs/{id}',
    tag: 'jobs',
    summary: 'Change a job',
    description: 'Changes the fields given; `skills`, when given, replace the job\'s.',
    access: ['recruiter', 'admin'],
    twins: ['jobEditor.update', 'jobEditor.transition'],
    input: jobBody.extend(byId.shape),
    output: restJobDetail,
    fieldNames: jobFieldNames,
    errors: [404, 409],
    call: async (twin, { id, ...body }) => {
      await twin.jobEditor.update({ id, ...editorFields(body) });
      await publishIfAsked(twin, id, body.status);
      return editorJob((await twin.jobEditor.get({ id })) as unknown as EditorJob);
    },
  }),

  delete: endpoint({
    method: 'DELETE',
    path: '/jobs/{id}',
    tag: 'jobs',
    summary: 'Delete a job',
    description: 'Drafts and jobs nobody applied to are deleted; others answer 409 (close them instead).',
    access: ['recruiter', 'admin'],
    twins: ['jobEditor.delete'],
    input: byId,
    output: z.object({ id: z.string(), status: z.literal('deleted') }),
    errors: [404, 409],
    call: (twin, { id }) => twin.jobEditor.delete({ id }),
  }),
};

// ---- auth

const session = z.object({
  access_token: z.string().describe('Send as `Authorization: Bearer <access_token>`'),
  token_type: z.literal('Bearer'),
  expires_at: z.string(),
});

const auth = {
  register: endpoint({
    method: 'POST',
    path: '/auth/register',
    tag: 'auth',
    summary: 'Create an account',
    description: 'Sends a verification email; sign in after opening its link (or POST its token to /auth/verify-email).',
    access: 'public',
    twins: ['auth.register'],
    input: z.object({
      email: z.string(),
      password: z.string().describe('8 to 128 characters, not a common password'),
      role: z.enum(['candidate', 'recruiter']),
      first_name: z.string(),
      last_name: z.string(),
      company_name: z.string().optional().describe('Recruiters: the new company'),
      invitation_token: z.string().optional().describe('Recruiters: joins the inviting company instead'),
    }),
    output: z.object({ status: z.literal('email_sent') }),
    call: (twin, body) => twin.auth.register(fromRest(body) as Parameters<Twin['auth']['register']>[0]),
  }),

  verifyEmail: endpoint({
    method: 'POST',
    path: '/auth/verify-email',
    tag: 'auth',
    summary: 'Verify an email address',
    access: 'public',
    twins: ['auth.verifyEmail'],
    input: z.object({ token: z.string().describe('From the verification email\'s link') }),
    output: z.looseObject({ signed_in: z.boolean().optional() }),
    call: async (twin, body) => {
      const { token: _token, ...verified } = (await twin.auth.verifyEmail(body)) as Record<string, unknown>;
      return verified;
    },
  }),

  login: endpoint({
    method: 'POST',
    path: '/auth/login',
    tag: 'auth',
    summary: 'Sign in',
    description:
      'Answers an access token for `Authorization: Bearer`. With two-factor authentication on, `mfa_required` is true and the token only works for POST /auth/verify-mfa.',
    access: 'public',
    twins: ['auth.signIn'],
    input: z.object({ email: z.string(), password: z.string() }),
    output: session.extend({ mfa_required: z.boolean(), user: restUser.nullable(), profile: restAccount.shape.profile }),
    call: async (twin, body) => {
      const signed = await twin.auth.signIn(body);
      return { accessToken: signed.token, tokenType: 'Bearer', expiresAt: signed.expiresAt, mfaRequired: signed.mfaRequired, user: signed.user, profile: signed.profile };
    },
  }),

  verifyMfa: endpoint({
    method: 'POST',
    path: '/auth/verify-mfa',
    tag: 'auth',
    summary: 'Second step of signing in',
    description: 'With the token from /auth/login as Bearer: a 6-digit code or a recovery code. Answers the full session\'s token.',
    access: 'public',
    twins: ['auth.verifyMfa'],
    input: z.object({ code: z.string() }),
    output: session,
    call: async (twin, body) => {
      const signed = await twin.auth.verifyMfa(body);
      return { accessToken: signed.token, tokenType: 'Bearer', expiresAt: signed.expiresAt };
    },
  }),

  refresh: endpoint({
    method: 'POST',
    path: '/auth/refresh',
    tag: 'auth',
    summary: 'Extend the session',
    description: 'Sessions slide on use; this reports the new expiry and repeats the token.',
    access: 'signedIn',
    twins: ['auth.refresh'],
    input: empty,
    output: session,
    call: async (twin, _input, ctx) => {
      const refreshed = await twin.auth.refresh();
      return { accessToken: refreshed.token ?? ctx.auth?.token, tokenType: 'Bearer', expiresAt: refreshed.expiresAt };
    },
  }),

  logout: endpoint({
    method: 'POST',
    path: '/auth/logout',
    tag: 'auth',
    summary: 'Sign out',
    description: 'Ends the session on the server: the token stops working.',
    access: 'public',
    twins: ['auth.signOut'],
    input: empty,
    output: z.object({ status: z.literal('signed_out') }),
    call: (twin) => twin.auth.signOut(),
  }),

  me: endpoint({
    method: 'GET',
    path: '/auth/me',
    tag: 'auth',
    summary: 'Who is signed in',
    access: 'signedIn',
    twins: ['auth.me'],
    input: empty,
    output: restAccount,
    call: async (twin) => {
      const account = await twin.auth.me();
      if (!account) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
      return account;
    },
  }),

  changePassword: endpoint({
    method: 'POST',
    path: '/auth/change-password',
    tag: 'auth',
    summary: 'Change the password',
    description: 'Ends the account\'s other sessions.',
    access: 'signedIn',
    twins: ['auth.changePassword'],
    input: z.object({ current_password: z.string(), new_password: z.string() }),
    output: z.object({ status: z.literal('changed'), other_sessions_ended: z.number().int() }),
    call: (twin, body) => twin.auth.changePassword({ currentPassword: body.current_password, newPassword: body.new_password }),
  }),
};

// ---- applications: the candidate's own, or a company's applicants.

const applications = {
  list: endpoint({
    method: 'GET',
    path: '/applications',
    tag: 'applications',
    summary: 'Applications',
    description:
      'A candidate\'s own applications. For recruiters, the applicants to their company\'s jobs (newest first), or with `job_id` to that job (best match first); admins give `job_id`.',
    access: ['candidate', 'recruiter', 'admin'],
    twins: ['application.mine', 'pipeline.companyApplicants', 'pipeline.applicants'],
    input: z.object({
      job_id: z.string().optional().describe('Recruiters: one job only; admins: required'),
      status: z.enum(APPLICATION_STATUSES).optional().describe('Recruiters and admins'),
      state: z.enum(['open', 'closed']).optional().describe('Candidates'),
      sort: z.enum(['match', 'newest', 'oldest', 'status']).optional(),
      page: z.number().int().optional(),
      limit: z.number().int().optional(),
    }),
    output: restApplicationList,
    errors: [404],
    fieldNames: { id: 'job_id' },
    call: async (twin, q, ctx) => {
      if (!isCompanySide(ctx.auth?.user.role)) {
        const mine = await twin.application.mine({ page: q.page, limit: q.limit, state: q.state });
        return { applications: mine.items, pagination: mine.pagination };
      }
      if (!q.job_id) {
        if (ctx.auth?.user.role === 'recruiter') {
          const all = await twin.pipeline.companyApplicants({ status: q.status, sort: q.sort, page: q.page, limit: q.limit });
          return { applications: all.items, pagination: all.pagination };
        }
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'job_id: Admins list one job\'s applicants: give job_id.',
          cause: new z.ZodRealError([{ code: 'custom', path: ['id'], message: 'Admins list one job\'s applicants: give job_id.', input: undefined }]),
        });
      }
      const page = await twin.pipeline.applicants({ id: q.job_id, status: q.status, sort: q.sort, page: q.page, limit: q.limit });
      return { applications: page.items, pagination: page.pagination };
    },
  }),

  create: endpoint({
    method: 'POST',
    path: '/applications',
    tag: 'applications',
    summary: 'Apply to a job',
    description: 'With one of the candidate\'s resumes, a cover letter and the answers to the job\'s screening questions.',
    access: ['candidate'],
    twins: ['application.submit'],
    input: z.object({
      job_id: z.string(),
      resume_id: z.string(),
      cover_letter: z.string().nullable().optional(),
      answers: z.array(z.object({ question_id: z.string(), answer: z.string() })).optional(),
    }),
    output: z.looseObject({ id: z.string(), status: z.enum(APPLICATION_STATUSES) }),
    errors: [404, 409],
    call: (twin, body) => twin.application.submit(fromRest(body) as Parameters<Twin['application']['submit']>[0]),
  }),

  get: endpoint({
    method: 'GET',
    path: '/applications/{id}',
    tag: 'applications',
    summary: 'One application',
    description: 'To its candidate: the application and its timeline. To the company: the applicant, notes and match report.',
    access: ['candidate', 'recruiter', 'admin'],
    twins: ['application.get', 'pipeline.applicant'],
    input: byId,
    output: restApplication,
    errors: [404],
    call: (twin, { id }, ctx) => (isCompanySide(ctx.auth?.user.role) ? twin.pipeline.applicant({ id }) : twin.application.get({ id })),
  }),

  status: endpoint({
    method: 'PUT',
    path: '/applications/{id}/status',
    tag: 'applications',
    summary: 'Move an application through the pipeline',
    description: 'The move must follow the pipeline from the current status; a rejection needs a `reason`.',
    access: ['recruiter', 'admin'],
    twins: ['pipeline.move'],
    input: byId.extend({
      status: z.enum(APPLICATION_STATUSES),
      reason: z.enum(REJECTION_REASON_KEYS).optional(),
      message: z.string().nullable().optional().describe('Shown to the candidate'),
    }),
    output: restApplication,
    errors: [404, 409],
    fieldNames: { to: 'status' },
    call: async (twin, { id, status, reason, message }) => {
      await twin.pipeline.move({ id, to: status, reason, message: message ?? null });
      return twin.pipeline.applicant({ id });
    },
  }),
};

export const restRouter = router({ auth, jobs, applications, ...portalEndpoints });
export type RestRouter = typeof restRouter;
