// Small, explicit rows for tests: each factory inserts one row with sensible defaults and returns it.
import { randomBytes } from 'node:crypto';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CompaniesTable, DB, JobsTable } from '@hotgigs/shared';

const unique = () => randomBytes(4).toString('hex');

export async function makeCompany(
  db: Kysely<DB>,
  values: Partial<Insertable<CompaniesTable>> = {},
): Promise<Selectable<CompaniesTable>> {
  const suffix = unique();
  return db
    .insertInto('companies')
    .values({ name: `Company ${suffix}`, slug: `company-${suffix}`, ...values })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A job of the given company, published an hour ago unless the values say otherwise. */
export async function makeJob(
  db: Kysely<DB>,
  values: Partial<Insertable<JobsTable>> & { company_id: string },
  skills: { slug: string; requirement?: 'required' | 'preferred' | 'nice_to_have' }[] = [],
): Promise<Selectable<JobsTable>> {
  const job = await db
    .insertInto('jobs')
    .values({
      title: 'Software engineer',
      description: 'Build and run the product.',
      status: 'published',
      published_at: new Date(Date.now() - 3_600_000),
      ...values,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (skills.length > 0) {
    const rows = await db
      .selectFrom('skills')
      .select(['id', 'slug'])
      .where(
        'slug',
        'in',
        skills.map((s) => s.slug),
      )
      .execute();
    await db
      .insertInto('job_skills')
      .values(
        skills.map((s) => {
          const skill = rows.find((r) => r.slug === s.slug);
          if (!skill) throw new Error(`makeJob: no skill with slug ${s.slug} in the taxonomy`);
          return { job_id: job.id, skill_id: skill.id, requirement: s.requirement ?? 'required' };
        }),
      )
      .execute();
  }
  return job;
}
