// A company as the public sees it (its page with its open jobs) and as its recruiters edit it (profile, logo).
import { sql, type Kysely } from 'kysely';
import type { CompanyUpdateInput, DB } from '@hotgigs/shared';
import { companyLogoUrl } from './companies.ts';
import { isListed, skillsByJob, summaryColumns, toJobSummary } from './jobs.ts';

/** Open jobs shown on a company's page; the rest are one search away (filter by company). */
export const COMPANY_PAGE_JOBS = 20;

/** The public page of a company: its profile, how many jobs it has open, and the newest of them. */
export async function getCompanyPage(db: Kysely<DB>, slug: string) {
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
export type CompanyPage = NonNullable<Awaited<ReturnType<typeof getCompanyPage>>>;

/**
 * Changes the fields given; returns the company's slug (it stays the same when the name changes: links keep
 * working). A new name also goes into the search vectors of the company's jobs, as their triggers would put it.
 */
export async function updateCompanyProfile(db: Kysely<DB>, companyId: string, input: CompanyUpdateInput): Promise<string> {
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
