// Matching through the routers, on PGlite and PostgreSQL: a candidate's report for a job (with implied skills and
// what is missing), no score without enough data, badges for open jobs only, recommendations ranked by score with
// skill gaps, the score stored at apply time and refreshed through the queue when the profile or the job changes,
// and the candidates a recruiter could invite (visible profiles of active accounts that have not applied, found
// even behind more than a pool's worth of better-matching ones that may not be invited).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MATCH_POOL } from '@hotgigs/shared';
import { makeJob } from '@hotgigs/db/fixtures';
import { useApi } from '../../../test/helpers.ts';
import { buildWorld, type World } from '../../../test/world.ts';
import { MATCH_REFRESH_QUEUE, runMatchRefresh } from './refresh-queue.ts';
import { claimNext } from '../../platform/queue.ts';

const api = useApi();

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const as = (who: keyof World['users']) => api.current.call({ token: world.users[who].token });
  const candidateId = async (who: 'candidateA' | 'candidateB') =>
    (await db.selectFrom('candidates').select('id').where('user_id', '=', world.users[who].id).executeTakeFirstOrThrow()).id;
  const skillId = async (slug: string) => (await db.selectFrom('skills').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  /** A profile with these skills (slug, years), a title and years of experience. */
  const profile = async (who: 'candidateA' | 'candidateB', skills: [string, number][], extra: { title?: string; years?: number; location?: string } = {}) => {
    const id = await candidateId(who);
    await db.deleteFrom('candidate_skills').where('candidate_id', '=', id).execute();
    if (skills.length) {
      await db
        .insertInto('candidate_skills')
        .values(await Promise.all(skills.map(async ([slug, years]) => ({ candidate_id: id, skill_id: await skillId(slug), years }))))
        .execute();
    }
    await db
      .updateTable('candidates')
      .set({ current_title: extra.title ?? 'Frontend Developer', years_experience: extra.years ?? 5, location: extra.location ?? 'Berlin, Germany', summary: 'I build web apps with React.' })
      .where('id', '=', id)
      .execute();
    return id;
  };
  const job = (title: string, skills: { slug: string; requirement?: 'required' | 'preferred' }[], status: 'published' | 'draft' = 'published') =>
    makeJob(db, { company_id: world.companies.X, title, status, experience_level: 'mid', location: 'Berlin, Germany', remote: 'hybrid', published_at: status === 'published' ? new Date() : null }, skills);
  const resumeOf = async (id: string) =>
    (
      await db
        .insertInto('resumes')
        .values({ candidate_id: id, original_filename: 'cv.txt', storage_key: `resumes/${id}/cv.txt`, size_bytes: 10, format: 'txt', sha256: 'e'.repeat(64), parse_status: 'parsed', is_primary: true })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return { db, world, as, candidateId, profile, job, resumeOf };
}

describe('match', () => {
  it('reports a candidate against a job: direct and implied skills, the path, what is missing, every criterion', async () => {
    const { as, profile, job } = await setUp();
    await profile('candidateA', [
      ['next-js', 4],
      ['typescript', 3],
    ]);
    const frontend = await job('Frontend Developer', [{ slug: 'react' }, { slug: 'typescript' }, { slug: 'kubernetes' }, { slug: 'docker', requirement: 'preferred' }]);
    const report = await (await as('candidateA')).match.forJob({ jobId: frontend.id });
    if (!report.scored) throw new Error('not scored');
    expect(report.total).toBeGreaterThan(0);
    expect(report.total).toBeLessThan(100);
    const react = report.matchedSkills.find((s) => s.name === 'React');
    expect(react).toMatchObject({ how: 'implied', via: ['Next.js', 'React'] });
    expect(report.matchedSkills.find((s) => s.name === 'TypeScript')).toMatchObject({ how: 'direct', credit: 1 });
    expect(report.missingRequired.map((s) => s.name)).toEqual(['Kubernetes']);
    expect(report.missingPreferred.map((s) => s.name)).toEqual(['Docker']);
    expect(report.criteria.map((c) => c.key)).toEqual(expect.arrayContaining(['skills', 'experience', 'title', 'location']));
    expect(report.scoredAt).toBeTruthy();
  });

  it('gives no score to a profile with too little in it, and says what to add', async () => {
    const { as, job, candidateId, db } = await setUp();
    await db.updateTable('candidates').set({ current_title: null, years_experience: null }).where('id', '=', await candidateId('candidateB')).execute();
    const frontend = await job('Frontend Developer', [{ slug: 'react' }]);
    const b = await as('candidateB');
    const report = await b.match.forJob({ jobId: frontend.id });
    expect(report.scored).toBe(false);
    if (!report.scored) expect(report.message).toMatch(/Add your skills/);
    const badges = await b.match.forJobs({ jobIds: [frontend.id] });
    expect(badges).toMatchObject({ scored: false, scores: [] });
    const recommended = await b.match.recommended({ filters: {}, page: 1, limit: 20 });
    expect(recommended).toMatchObject({ scored: false, items: [] });
    expect(recommended.message).toMatch(/Add your skills/);
  });

  it('badges open jobs only, and ranks recommendations by score with the skills that would raise it', async () => {
    const { as, profile, job } = await setUp();
    await profile('candidateA', [
      ['react', 4],
      ['typescript', 4],
    ]);
    const best = await job('Frontend Developer', [{ slug: 'react' }, { slug: 'typescript' }]);
    const half = await job('Platform Engineer', [{ slug: 'typescript' }, { slug: 'kubernetes' }, { slug: 'docker' }]);
    const none = await job('Welder', [{ slug: 'python' }]);
    const draft = await job('Secret Frontend Job', [{ slug: 'react' }], 'draft');
    const a = await as('candidateA');
    const badges = await a.match.forJobs({ jobIds: [best.id, half.id, draft.id] });
    expect(badges.scored).toBe(true);
    expect(badges.scores.map((s) => s.jobId).sort()).toEqual([best.id, half.id].sort());
    const byId = new Map(badges.scores.map((s) => [s.jobId, s.score]));
    expect(byId.get(best.id)!).toBeGreaterThan(byId.get(half.id)!);

    const recommended = await a.match.recommended({ filters: {}, page: 1, limit: 20 });
    const ids = recommended.items.map((r) => r.job.id);
    expect(ids.indexOf(best.id)).toBeLessThan(ids.indexOf(half.id));
    expect(ids).not.toContain(none.id);
    expect(ids).not.toContain(draft.id);
    expect(recommended.items[0]!.match.total).toBeGreaterThanOrEqual(recommended.items.at(-1)!.match.total);
    expect(recommended.skillGaps.map((g) => g.slug)).toEqual(expect.arrayContaining(['kubernetes', 'docker']));
    // The search filters narrow the pool.
    const remoteOnly = await a.match.recommended({ filters: { remote: ['remote'] }, page: 1, limit: 20 });
    expect(remoteOnly.items.map((r) => r.job.id)).not.toContain(best.id);
  });

  it('stores the score on the application at apply time and refreshes it through the queue when the profile or job changes', async () => {
    const { db, as, profile, job, world, candidateId, resumeOf } = await setUp();
    const id = await profile('candidateA', [['typescript', 4]]);
    const platform = await job('Platform Engineer', [{ slug: 'typescript' }, { slug: 'kubernetes' }]);
    const application = await (await as('candidateA')).application.submit({ jobId: platform.id, resumeId: await resumeOf(id) });
    const stored = async () => db.selectFrom('applications').select(['match_score', 'match_report']).where('id', '=', application.id).executeTakeFirstOrThrow();
    const before = await stored();
    expect(before.match_score).toBeGreaterThan(0);
    expect(JSON.stringify(before.match_report)).toContain('Kubernetes');

    // The candidate learns Kubernetes: the database enqueues one refresh, the queue rescores.
    await db.insertInto('candidate_skills').values({ candidate_id: id, skill_id: (await db.selectFrom('skills').select('id').where('slug', '=', 'kubernetes').executeTakeFirstOrThrow()).id, years: 3 }).execute();
    const now = api.current.clock.now();
    let row = await claimNext(db, MATCH_REFRESH_QUEUE, new Date(Math.max(now.getTime(), Date.now()) + 60_000));
    expect(row).toBeTruthy();
    expect(await runMatchRefresh(db, row!, now)).toBe('done');
    const after = await stored();
    expect(after.match_score).toBeGreaterThan(before.match_score!);
    expect(await db.selectFrom('match_refreshes').select('id').execute()).toEqual([]);

    // The recruiter sees it with the applicant, and the job changing (a skill made preferred) refreshes it too.
    const x = await api.current.call({ token: world.users.recruiterX.token });
    const seen = await x.pipeline.applicant({ id: application.id });
    expect(seen.matchScore).toBe(after.match_score);
    expect(JSON.stringify(seen.matchReport)).toContain('Kubernetes');
    await db.updateTable('jobs').set({ title: 'Platform Engineer (Berlin)' }).where('id', '=', platform.id).execute();
    row = await claimNext(db, MATCH_REFRESH_QUEUE, new Date(Math.max(now.getTime(), Date.now()) + 60_000));
    expect(row).toBeTruthy();
    expect(await runMatchRefresh(db, row!, now)).toBe('done');
    // A profile change of someone without applications enqueues nothing.
    await db.updateTable('candidates').set({ summary: 'changed' }).where('id', '=', await candidateId('candidateB')).execute();
    expect(await db.selectFrom('match_refreshes').select('id').execute()).toEqual([]);
  });

  it('ranks candidates a recruiter could invite: visible profiles that have not applied, with reasons', async () => {
    const { db, as, profile, job, world, resumeOf } = await setUp();
    const a = await profile('candidateA', [
      ['react', 4],
      ['typescript', 4],
    ]);
    const b = await profile('candidateB', [['next-js', 2]]);
    const frontend = await job('Frontend Developer', [{ slug: 'react' }, { slug: 'typescript' }]);
    const x = await as('recruiterX');
    let ranked = await x.match.candidatesForJob({ id: frontend.id, limit: 20 });
    expect(ranked.map((r) => r.candidateId)).toEqual([a, b]);
    expect(ranked[1]!.match.matchedSkills[0]).toMatchObject({ name: 'React', how: 'implied' });

    await db.updateTable('candidates').set({ visibility: 'hidden' }).where('id', '=', b).execute();
    await (await api.current.call({ token: world.users.candidateA.token })).application.submit({ jobId: frontend.id, resumeId: await resumeOf(a) });
    ranked = await x.match.candidatesForJob({ id: frontend.id, limit: 20 });
    expect(ranked).toEqual([]);
  });

  it('still finds who may be invited when more than the pool of better overlaps are accounts that cannot be', async () => {
    const { db, as, profile, job } = await setUp();
    const b = await profile('candidateB', [['next-js', 2]]);
    const frontend = await job('Frontend Developer', [{ slug: 'react' }, { slug: 'typescript' }]);
    // 2 x MATCH_POOL + 50 deactivated accounts holding both skills rank above b's one implied skill in SQL.
    await sql`INSERT INTO users (email, role, is_active) SELECT 'gone' || g || '@example.test', 'candidate', false FROM generate_series(1, ${MATCH_POOL * 2 + 50}) g`.execute(db);
    await sql`INSERT INTO candidates (user_id, first_name, last_name) SELECT id, 'Gone', email FROM users WHERE email LIKE 'gone%@example.test'`.execute(db);
    await sql`INSERT INTO candidate_skills (candidate_id, skill_id, years)
      SELECT c.id, s.id, 5 FROM candidates c JOIN users u ON u.id = c.user_id CROSS JOIN skills s
      WHERE u.email LIKE 'gone%@example.test' AND s.slug IN ('react', 'typescript')`.execute(db);
    const ranked = await (await as('recruiterX')).match.candidatesForJob({ id: frontend.id, limit: 20 });
    expect(ranked.map((r) => r.candidateId)).toEqual([b]);
  });
});
