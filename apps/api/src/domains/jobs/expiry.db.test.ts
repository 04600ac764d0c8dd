// The expiry sweep: live jobs past their deadline become expired, everything else stays as it is, and running
// it again (or from two processes at once) changes nothing more.
import { describe, expect, it } from 'vitest';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import type { JobStatus } from '@hotgigs/shared';
import { expireJobs } from './expiry.ts';
import { useApi } from '../../../test/helpers.ts';

const api = useApi();
const DAY = 86_400_000;

describe('expireJobs', () => {
  it('expires published and paused jobs whose deadline has passed, and only those', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const company = await makeCompany(db);
    const past = new Date(now.getTime() - DAY);
    const future = new Date(now.getTime() + DAY);
    const cases: [title: string, status: JobStatus, deadline: Date | null, after: JobStatus][] = [
      ['published, past', 'published', past, 'expired'],
      ['published, exactly now', 'published', now, 'expired'],
      ['paused, past', 'paused', past, 'expired'],
      ['published, future', 'published', future, 'published'],
      ['published, no deadline', 'published', null, 'published'],
      ['draft, past', 'draft', past, 'draft'],
      ['closed, past', 'closed', past, 'closed'],
      ['expired already', 'expired', past, 'expired'],
    ];
    for (const [title, status, deadline] of cases) {
      await makeJob(db, { company_id: company.id, title, status, deadline, published_at: status === 'draft' ? null : past });
    }

    expect(await expireJobs(db, now)).toBe(3);
    const rows = await db.selectFrom('jobs').select(['title', 'status']).execute();
    expect(Object.fromEntries(rows.map((r) => [r.title, r.status]))).toEqual(Object.fromEntries(cases.map(([title, , , after]) => [title, after])));
    // Nothing left to do: the sweep is idempotent.
    expect(await expireJobs(db, now)).toBe(0);
  });

  it('expires each job once when two sweeps run at the same time', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const company = await makeCompany(db);
    for (let i = 0; i < 12; i++) await makeJob(db, { company_id: company.id, deadline: new Date(now.getTime() - (i + 1) * 60_000) });
    const [a, b] = await Promise.all([expireJobs(db, now), expireJobs(db, now)]);
    expect(a + b).toBe(12);
  });

  it('hides a job past its deadline before the sweep runs, and stores it as expired after', async () => {
    const { db } = api.current.services;
    const company = await makeCompany(db);
    const job = await makeJob(db, { company_id: company.id, deadline: new Date(Date.now() - DAY) });
    // Before the sweep the public never sees it; after it, its stored status says so.
    await expect((await api.current.call()).job.byId({ id: job.id })).rejects.toThrow(/no longer open/);
    await expireJobs(db, new Date());
    expect((await db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status).toBe('expired');
  });
});
