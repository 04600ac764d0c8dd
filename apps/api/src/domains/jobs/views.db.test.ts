// Job views as analytics will read them: one per viewer per job per day, exact however many requests race.
import { describe, expect, it } from 'vitest';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { recordJobView, viewerKeyOf } from './views.ts';
import { TEST_SECRET_KEY, useApi } from '../../../test/helpers.ts';
import { buildWorld } from '../../../test/world.ts';

const api = useApi();
const DAY = 86_400_000;
const key = Buffer.from(TEST_SECRET_KEY, 'hex');

async function viewCount(jobId: string) {
  const row = await api.current.services.db.selectFrom('jobs').select(['view_count', 'updated_at']).where('id', '=', jobId).executeTakeFirstOrThrow();
  return row.view_count;
}

describe('recordJobView', () => {
  it('counts 50 concurrent views from 10 viewers as exactly 10', async () => {
    const { db } = api.current.services;
    const company = await makeCompany(db);
    const job = await makeJob(db, { company_id: company.id });
    const now = new Date('2026-06-01T12:00:00Z');
    const viewers = Array.from({ length: 10 }, (_, i) => `viewer-${i}`);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => recordJobView(db, { jobId: job.id, viewerKey: viewers[i % 10]!, userId: null, now })),
    );
    expect(results.filter((r) => r !== undefined)).toHaveLength(10);
    expect(await viewCount(job.id)).toBe(10);
    const rows = await db.selectFrom('job_views').select(['viewer_key', 'view_date']).where('job_id', '=', job.id).execute();
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.viewer_key))).toEqual(new Set(viewers));
    expect(rows.every((r) => String(r.view_date).startsWith('2026-06-01'))).toBe(true);
  });

  it('counts the same viewer again on the next UTC day, and returns the new total only when a view counted', async () => {
    const { db } = api.current.services;
    const company = await makeCompany(db);
    const job = await makeJob(db, { company_id: company.id });
    const late = new Date('2026-06-01T23:59:59Z');
    expect(await recordJobView(db, { jobId: job.id, viewerKey: 'v', userId: null, now: late })).toBe(1);
    expect(await recordJobView(db, { jobId: job.id, viewerKey: 'v', userId: null, now: late })).toBeUndefined();
    expect(await recordJobView(db, { jobId: job.id, viewerKey: 'v', userId: null, now: new Date(late.getTime() + 1000) })).toBe(2);
  });

  it('does not count as an edit of the job: updated_at stays', async () => {
    const { db } = api.current.services;
    const company = await makeCompany(db);
    const job = await makeJob(db, { company_id: company.id });
    await recordJobView(db, { jobId: job.id, viewerKey: 'v', userId: null, now: new Date() });
    const after = await db.selectFrom('jobs').select(['view_count', 'updated_at']).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ view_count: 1, updated_at: job.updated_at });
  });
});

describe('viewerKeyOf', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('is the user id for a signed-in viewer', () => {
    expect(viewerKeyOf({ userId: 'user-1', ip: '203.0.113.9', userAgent: 'UA' }, key, now)).toBe('user-1');
  });

  it('is a keyed hash of address and browser for anonymous visitors: stable within a day, new the next, never the address', () => {
    const visitor = { userId: undefined, ip: '203.0.113.9', userAgent: 'Mozilla/5.0' };
    const today = viewerKeyOf(visitor, key, now);
    expect(today).toMatch(/^[0-9a-f]{64}$/);
    expect(today).not.toContain('203.0.113.9');
    expect(viewerKeyOf(visitor, key, new Date(now.getTime() + 3_600_000))).toBe(today);
    expect(viewerKeyOf(visitor, key, new Date(now.getTime() + DAY))).not.toBe(today);
    expect(viewerKeyOf({ ...visitor, userAgent: 'curl/8' }, key, now)).not.toBe(today);
    expect(viewerKeyOf(visitor, Buffer.alloc(32, 1), now)).not.toBe(today);
  });
});

describe('job.byId counts views', () => {
  it('once per viewer per day: signed-in users by account, anonymous visitors by address and browser', async () => {
    const { db } = api.current.services;
    const world = await buildWorld(db, api.current.clock.now());
    const id = world.jobs.publishedX;
    const anonymous = await api.current.call({ ip: '203.0.113.1' });
    const sameAnonymous = await api.current.call({ ip: '203.0.113.1' });
    const otherAnonymous = await api.current.call({ ip: '203.0.113.2' });
    const candidate = await api.current.call({ token: world.users.candidateA.token, ip: '203.0.113.1' });

    expect((await anonymous.job.byId({ id })).viewCount).toBe(1);
    expect((await sameAnonymous.job.byId({ id })).viewCount).toBe(1);
    expect((await otherAnonymous.job.byId({ id })).viewCount).toBe(2);
    expect((await candidate.job.byId({ id })).viewCount).toBe(3);
    expect((await candidate.job.byId({ id })).viewCount).toBe(3);
    api.current.clock.advance(DAY);
    expect((await candidate.job.byId({ id })).viewCount).toBe(4);

    const rows = await db.selectFrom('job_views').select(['viewer_key', 'user_id']).where('job_id', '=', id).execute();
    expect(rows.filter((r) => r.user_id === world.users.candidateA.id)).toHaveLength(2);
    expect(rows.filter((r) => r.viewer_key === world.users.candidateA.id)).toHaveLength(2);
    expect(rows.filter((r) => r.user_id === null)).toHaveLength(2);
    expect(await viewCount(id)).toBe(4);
  });

  it('counts nothing for a job that is not public', async () => {
    const { db } = api.current.services;
    const world = await buildWorld(db, api.current.clock.now());
    await expect((await api.current.call()).job.byId({ id: world.jobs.draftX })).rejects.toThrow(/no longer open/);
    expect(await db.selectFrom('job_views').selectAll().execute()).toEqual([]);
  });
});
