// The demo data set on a real database: complete and well-formed, the same for the same seed, written once.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test-support/test-context.ts';
import { DEMO_EMAIL_DOMAIN, seedDemo } from './demo.ts';

const database = useTestDatabase();
const now = new Date('2025-03-01T00:00:00Z');
const DAY_MS = 86_400_000;

async function jobSnapshot() {
  return database.current.db
    .selectFrom('jobs')
    .select(['id', 'title', 'description', 'requirements', 'location', 'salary_min', 'salary_max', 'salary_currency', 'published_at'])
    .orderBy('id')
    .execute();
}

describe('seedDemo', () => {
  it('creates companies, recruiters, candidates with skills, and published jobs', async () => {
    const { db } = database.current;
    const result = await seedDemo(db, { jobs: 120, now });
    expect(result).toMatchObject({ alreadySeeded: false, companies: 40, recruiters: 60, candidates: 200, jobs: 120 });

    const users = await db.selectFrom('users').select(['email', 'role', 'password_hash']).execute();
    expect(users).toHaveLength(260);
    expect(users.filter((u) => !u.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`) || u.password_hash !== null)).toEqual([]);
    const owners = await db.selectFrom('recruiters').select('company_id').where('company_role', '=', 'owner').execute();
    expect(new Set(owners.map((o) => o.company_id)).size).toBe(40);
    const candidatesWithoutSkills = await db
      .selectFrom('candidates as c')
      .select('c.id')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('candidate_skills as cs').select('cs.id').whereRef('cs.candidate_id', '=', 'c.id'))),
      )
      .execute();
    expect(candidatesWithoutSkills).toEqual([]);

    const jobs = await db.selectFrom('jobs').selectAll().execute();
    expect(jobs).toHaveLength(120);
    for (const job of jobs) {
      expect(job.status).toBe('published');
      expect(job.published_at!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(job.published_at!.getTime()).toBeGreaterThan(now.getTime() - 60 * DAY_MS);
      if (job.deadline) expect(job.deadline.getTime()).toBeGreaterThan(now.getTime());
      if (job.salary_min !== null) expect(job.salary_min).toBeLessThanOrEqual(job.salary_max!);
      expect(job.description.split('\n\n').length).toBeGreaterThanOrEqual(3);
      expect(job.requirements).toMatch(/^- /);
    }

    const skillCounts = await db
      .selectFrom('job_skills')
      .select(['job_id', (eb) => eb.fn.countAll<string>().as('skills')])
      .select(sql<string>`count(*) filter (where requirement = 'required')`.as('required'))
      .groupBy('job_id')
      .execute();
    expect(skillCounts).toHaveLength(120);
    expect(skillCounts.filter((c) => Number(c.skills) < 4 || Number(c.skills) > 10 || Number(c.required) < 1)).toEqual([]);
  });

  it('leaves every job searchable, exactly as computing its search vector afresh would', async () => {
    const { db } = database.current;
    await seedDemo(db, { jobs: 30, now });
    const stale = await sql<{ id: string }>`
      select id from jobs j where j.search_vector = ''::tsvector or j.search_vector <> hotgigs_job_search_vector(j)
        or j.exact_vector <> hotgigs_job_exact_vector(j)`.execute(db);
    expect(stale.rows).toEqual([]);
  });

  it('writes the same data for the same seed and different data for another', async () => {
    const { db } = database.current;
    await seedDemo(db, { jobs: 40, now, seed: 7 });
    const first = await jobSnapshot();
    await database.current.truncate();
    await seedDemo(db, { jobs: 40, now, seed: 7 });
    expect(await jobSnapshot()).toEqual(first);
    await database.current.truncate();
    await seedDemo(db, { jobs: 40, now, seed: 8 });
    expect((await jobSnapshot()).map((j) => j.title)).not.toEqual(first.map((j) => j.title));
  });

  it('does nothing when demo data is already there', async () => {
    const { db } = database.current;
    await seedDemo(db, { jobs: 10, now });
    const messages: string[] = [];
    const again = await seedDemo(db, { jobs: 10, now, log: (m) => messages.push(m) });
    expect(again).toEqual({
      alreadySeeded: true,
      companies: 0,
      recruiters: 0,
      candidates: 0,
      candidateSkills: 0,
      jobs: 0,
      jobSkills: 0,
    });
    expect(messages).toEqual([`demo data is already present (users @${DEMO_EMAIL_DOMAIN}); nothing to do`]);
    const jobs = await db.selectFrom('jobs').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(jobs.n).toBe('10');
  });
});
