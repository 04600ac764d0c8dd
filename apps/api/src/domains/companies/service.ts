// A company as the public sees it (its page with its open jobs) and as its recruiters edit it (profile, logo).
import { sql, type Kysely } from 'kysely';
import type { CompanyUpdateInput, DB } from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { publicUrl, sendEmail, templates } from '../../email/index.ts';
import { forbidden, notFound } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { enforceRateLimits, RATE_LIMITS } from '../../platform/rate-limit.ts';
import type { FileStorage } from '../../storage/index.ts';
import { isListed, skillsByJob, summaryColumns, toJobSummary } from '../jobs/service.ts';
import { companyLogoUrl, createInvitation, INVITATION_LIFETIME_DAYS, type CompanyRecruiter } from './recruiters.ts';

/** Open jobs shown on a company's page; the rest are one search away (filter by company). */
export const COMPANY_PAGE_JOBS = 20;

/** The public page of a company: its profile, how many jobs it has open, and the newest of them; undefined when there is none. */
export async function findCompanyPage(db: Kysely<DB>, slug: string) {
  const company = await db
    .selectFrom('companies')
    .select(['id', 'name', 'slug', 'website', 'description', 'location', 'size', 'logo_storage_key', 'created_at'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!company) return undefined;
  const open = db.selectFrom('jobs').where(isListed).where('jobs.company_id', '=', company.id);
  const [rows, total] = await Promise.all([
    open
      .innerJoin('companies', 'companies.id', 'jobs.company_id')
      .select(summaryColumns)
      .orderBy('jobs.published_at', 'desc')
      .orderBy('jobs.id', 'desc')
      .limit(COMPANY_PAGE_JOBS)
      .execute(),
    open.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ]);
  const skills = await skillsByJob(
    db,
    rows.map((r) => r.id),
  );
  return {
    id: company.id,
    name: company.name,
    slug: company.slug,
    website: company.website,
    description: company.description,
    location: company.location,
    size: company.size,
    logoUrl: companyLogoUrl(company),
    memberSince: company.created_at,
    openJobCount: total.count,
    jobs: rows.map((row) => toJobSummary(row, skills.get(row.id) ?? [])),
  };
}
export type CompanyPage = NonNullable<Awaited<ReturnType<typeof findCompanyPage>>>;

/** The public page of a company, or NOT_FOUND. */
export async function getCompanyPage(db: Kysely<DB>, slug: string): Promise<CompanyPage> {
  const page = await findCompanyPage(db, slug);
  if (!page) throw notFound('There is no company at this address.');
  return page;
}

/**
 * Changes the fields given; returns the company's slug (it stays the same when the name changes: links keep
 * working). A new name also goes into the search vectors of the company's jobs, as their triggers would put it.
 */
async function updateCompanyColumns(db: Kysely<DB>, companyId: string, input: CompanyUpdateInput): Promise<string> {
  const changes = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.website !== undefined && { website: input.website }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.location !== undefined && { location: input.location }),
    ...(input.size !== undefined && { size: input.size }),
  };
  if (Object.keys(changes).length === 0) {
    return (await db.selectFrom('companies').select('slug').where('id', '=', companyId).executeTakeFirstOrThrow()).slug;
  }
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('companies').select('name').where('id', '=', companyId).forUpdate().executeTakeFirstOrThrow();
    const row = await trx.updateTable('companies').set(changes).where('id', '=', companyId).returning('slug').executeTakeFirstOrThrow();
    if (input.name !== undefined && input.name !== before.name) {
      // The same re-weighting as the job_skills trigger: the job's own text (A, C, D) stays, skills and company (B) are redone.
      await sql`UPDATE jobs SET search_vector = ts_filter(search_vector, '{a,c,d}') || hotgigs_job_linked_vector(id, company_id)
        WHERE company_id = ${companyId}`.execute(trx);
    }
    return row.slug;
  });
}

/** A recruiter edits their own company's profile (the input names no company); returns the updated page. */
export async function updateCompanyProfile(db: Kysely<DB>, recruiter: CompanyRecruiter, input: CompanyUpdateInput, actorId: string, origin: RequestOrigin) {
  const slug = await updateCompanyColumns(db, recruiter.company_id, input);
  await recordAudit(db, {
    action: 'company.updated',
    actorId,
    targetType: 'company',
    targetId: recruiter.company_id,
    details: { fields: Object.keys(input).join(',') },
    ...origin,
  });
  return getCompanyPage(db, slug);
}

/** The company's owner invites a colleague by email; they join by registering through the emailed link. */
export async function inviteRecruiter(
  deps: Pick<AppServices, 'db' | 'env' | 'mailer' | 'now'>,
  recruiter: CompanyRecruiter,
  email: string,
  actorId: string,
  origin: RequestOrigin,
) {
  const { db } = deps;
  if (recruiter.company_role !== 'owner') throw forbidden("Only the company's owner can invite recruiters.");
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.emailPerAccount, `invite:${actorId}`]]);
  const token = await createInvitation(db, recruiter.company_id, recruiter.id, email, deps.now());
  await recordAudit(db, { action: 'company.invitation_sent', actorId, targetType: 'company', targetId: recruiter.company_id, ...origin });
  await sendEmail(
    deps,
    email,
    templates.companyInvitation({
      companyName: recruiter.company_name,
      inviterName: `${recruiter.first_name} ${recruiter.last_name}`,
      link: publicUrl(deps.env, `/sign-up?role=recruiter&invitation=${token}&email=${encodeURIComponent(email)}`),
      expiresInDays: INVITATION_LIFETIME_DAYS,
    }),
  );
  return { status: 'invited' as const };
}

/** The company's invitations, newest first (at most 100). */
export async function listInvitations(db: Kysely<DB>, companyId: string) {
  const rows = await db
    .selectFrom('company_invitations')
    .select(['id', 'email', 'created_at', 'expires_at', 'accepted_at'])
    .where('company_id', '=', companyId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, sentAt: r.created_at, expiresAt: r.expires_at, acceptedAt: r.accepted_at }));
}

// ---- the logo (bytes travel over plain HTTP: http/company-logo.ts) ----------------------------------------

/** The company whose logo a recruiter may change: their own; FORBIDDEN for anyone else. */
export async function logoCompanyOf(db: Kysely<DB>, user: { id: string; role: string }) {
  if (user.role !== 'recruiter') throw forbidden('Only a company’s recruiters can change its logo.');
  const company = await db
    .selectFrom('recruiters')
    .innerJoin('companies', 'companies.id', 'recruiters.company_id')
    .select(['companies.id', 'companies.slug', 'companies.logo_storage_key'])
    .where('recruiters.user_id', '=', user.id)
    .executeTakeFirst();
  if (!company) throw forbidden('Your account does not belong to a company.');
  return company;
}

/**
 * Points the company at a new logo (or none) and removes the old file once nothing refers to it. A file that
 * cannot be removed is only logged: the company already shows the new logo.
 */
export async function replaceCompanyLogo(
  deps: { db: Kysely<DB>; storage: FileStorage },
  companyId: string,
  key: string | null,
  onOrphan: (key: string, error: unknown) => void,
): Promise<void> {
  const previous = await deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('companies').select('logo_storage_key').where('id', '=', companyId).forUpdate().executeTakeFirstOrThrow();
    await trx.updateTable('companies').set({ logo_storage_key: key }).where('id', '=', companyId).execute();
    return row.logo_storage_key;
  });
  if (previous && previous !== key) await deps.storage.delete(previous).catch((error: unknown) => onOrphan(previous, error));
}

/** Where a company's logo is stored, by the company's slug; undefined when it has none. */
export async function companyLogoKey(db: Kysely<DB>, slug: string): Promise<string | undefined> {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) return undefined;
  const company = await db.selectFrom('companies').select('logo_storage_key').where('slug', '=', slug).executeTakeFirst();
  return company?.logo_storage_key ?? undefined;
}
