// Saved jobs as a candidate uses them: the heart on a job, the saved list with jobs that have since closed,
// and nobody else's bookmarks.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { makeJob } from '@hotgigs/db/fixtures';
import { MAX_SAVED_JOBS } from '@hotgigs/shared';
import { useApi } from '../../../test/helpers.ts';
import { buildWorld, type World } from '../../../test/world.ts';

const api = useApi();
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected ${String(error)}`),
  );
}

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const job = (title: string, values: Partial<Parameters<typeof makeJob>[1]> = {}) =>
    makeJob(db, { company_id: world.companies.X, title, ...values });
  const as = (who: 'candidateA' | 'candidateB' | 'recruiterX') => api.current.call({ token: world.users[who].token });
  return { db, world, job, as };
}

describe('savedJob', () => {
  it('saves a job once however often the heart is pressed, and unsaves it', async () => {
    const { world, as } = await setUp();
    const a = await as('candidateA');
    expect(await a.savedJob.save({ jobId: world.jobs.publishedX })).toEqual({ jobId: world.jobs.publishedX, saved: true });
    await a.savedJob.save({ jobId: world.jobs.publishedX });
    expect(await a.savedJob.ids()).toEqual([world.jobs.publishedX]);
    expect((await a.savedJob.list({ page: 1, limit: 20 })).pagination.totalCount).toBe(1);

    expect(await a.savedJob.unsave({ jobId: world.jobs.publishedX })).toEqual({ jobId: world.jobs.publishedX, saved: false });
    // Unsaving what is not saved leaves it unsaved.
    await a.savedJob.unsave({ jobId: world.jobs.publishedX });
    expect(await a.savedJob.ids()).toEqual([]);
    expect((await a.savedJob.list({ page: 1, limit: 20 })).items).toEqual([]);
  });

  it.each([
    ['a draft', (w: World) => w.jobs.draftX, 'NOT_FOUND'],
    ['a job that does not exist', () => '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
    ['something that is not a job id', () => 'not-a-uuid', 'BAD_REQUEST'],
  ])('cannot save %s', async (_what, jobIdOf, code) => {
    const { world, as } = await setUp();
    expect(await codeOf((await as('candidateA')).savedJob.save({ jobId: jobIdOf(world) }))).toBe(code);
    expect(await (await as('candidateA')).savedJob.ids()).toEqual([]);
  });

  it('cannot save a job past its deadline, even before it is marked expired', async () => {
    const { as, job } = await setUp();
    const late = await job('Late', { deadline: hoursAgo(1) });
    expect(await codeOf((await as('candidateA')).savedJob.save({ jobId: late.id }))).toBe('NOT_FOUND');
  });

  it('lists saved jobs newest first, keeping jobs that closed since with open: false', async () => {
    const { db, world, as, job } = await setUp();
    const a = await as('candidateA');
    const first = await job('First saved');
    const second = await job('Second saved');
    const third = await job('Third saved');
    for (const saved of [first, second, third]) {
      await a.savedJob.save({ jobId: saved.id });
      api.current.clock.advance(60_000);
    }
    await db.updateTable('jobs').set({ status: 'closed', closed_at: new Date() }).where('id', '=', first.id).execute();
    await db.updateTable('jobs').set({ deadline: hoursAgo(1) }).where('id', '=', second.id).execute();

    const page = await a.savedJob.list({ page: 1, limit: 20 });
    expect(page.items.map((j) => [j.title, j.open])).toEqual([
      ['Third saved', true],
      ['Second saved', false],
      ['First saved', false],
    ]);
    expect(page.items[0]).toMatchObject({ id: third.id, company: { id: world.companies.X, name: 'Company X' }, savedAt: expect.any(Date) });
    expect(page.pagination).toEqual({ page: 1, limit: 20, totalCount: 3, totalPages: 1 });
    expect(await a.savedJob.ids()).toEqual([third.id, second.id, first.id]);

    const second2 = await a.savedJob.list({ page: 2, limit: 2 });
    expect(second2.items.map((j) => j.title)).toEqual(['First saved']);
  });

  it("shows a candidate only their own saved jobs", async () => {
    const { world, as } = await setUp();
    await (await as('candidateA')).savedJob.save({ jobId: world.jobs.publishedX });
    const b = await as('candidateB');
    expect(await b.savedJob.ids()).toEqual([]);
    expect((await b.savedJob.list({ page: 1, limit: 20 })).items).toEqual([]);
    // B unsaving the same job does not touch A's bookmark.
    await b.savedJob.unsave({ jobId: world.jobs.publishedX });
    expect(await (await as('candidateA')).savedJob.ids()).toEqual([world.jobs.publishedX]);
  });

  it('is for candidates only', async () => {
    const { world, as } = await setUp();
    expect(await codeOf((await as('recruiterX')).savedJob.save({ jobId: world.jobs.publishedX }))).toBe('FORBIDDEN');
    expect(await codeOf((await api.current.call()).savedJob.ids())).toBe('UNAUTHORIZED');
  });

  it(`keeps at most ${MAX_SAVED_JOBS} saved jobs, with a clear message`, async () => {
    const { db, world, as } = await setUp();
    const candidate = await db.selectFrom('candidates').select('id').where('user_id', '=', world.users.candidateA.id).executeTakeFirstOrThrow();
    const rows = await db
      .insertInto('jobs')
      .values(Array.from({ length: MAX_SAVED_JOBS }, (_, i) => ({ company_id: world.companies.X, title: `Bulk ${i}`, status: 'published' as const, published_at: hoursAgo(2) })))
      .returning('id')
      .execute();
    await db
      .insertInto('saved_jobs')
      .values(rows.map((r) => ({ candidate_id: candidate.id, job_id: r.id })))
      .execute();
    const a = await as('candidateA');
    const error = await a.savedJob.save({ jobId: world.jobs.publishedX }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    expect((error as TRPCError).message).toBe(`You can save up to ${MAX_SAVED_JOBS} jobs. Remove some to save more.`);
    // Saving one already saved is still fine at the limit.
    await a.savedJob.save({ jobId: rows[0]!.id });
    expect(await a.savedJob.ids()).toHaveLength(MAX_SAVED_JOBS);
  });
});
