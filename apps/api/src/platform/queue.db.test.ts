// The table-backed queue (queue.ts) on a real database, over the resumes table: a row is claimed by one claimer
// only, a lapsed lease is claimed again (and the old claim can no longer write), failures are retried with
// backoff up to the limit and then fail with their reason, and the loop runs what it is woken for.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '@hotgigs/shared';
import { useApi } from '../../test/helpers.ts';
import { buildWorld } from '../../test/world.ts';
import { claimNext, retryOrFail, startQueue, Waker, type ClaimedRow, type QueueTable } from './queue.ts';

const api = useApi();
const MINUTE = 60_000;

const RESUMES: QueueTable = {
  table: 'resumes',
  statusColumn: 'parse_status',
  waiting: 'pending',
  running: 'parsing',
  failed: 'failed',
  errorColumn: 'parse_error',
  leaseMs: 5 * MINUTE,
  maxAttempts: 3,
  backoffMs: (attempt) => attempt * MINUTE,
};

/** `count` pending resumes of one candidate, oldest first, created at `start`. */
async function pendingResumes(db: Kysely<DB>, count: number, start: Date): Promise<string[]> {
  const world = await buildWorld(db, start);
  const { id } = await db.selectFrom('candidates').select('id').where('user_id', '=', world.users.candidateA.id).executeTakeFirstOrThrow();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = await db
      .insertInto('resumes')
      .values({
        candidate_id: id,
        original_filename: `cv-${i}.txt`,
        storage_key: `resumes/${id}/q-${i}.txt`,
        size_bytes: 10,
        format: 'txt',
        sha256: String(i).padStart(64, '0'),
        created_at: new Date(start.getTime() + i * 1000),
        run_after: start,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

const statusOf = (db: Kysely<DB>, id: string) =>
  db.selectFrom('resumes').select(['parse_status', 'parse_error', 'attempts', 'run_after', 'locked_until']).where('id', '=', id).executeTakeFirstOrThrow();

describe('queue: claiming', () => {
  it('gives each row to one claimer only, however many claim at once', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const ids = await pendingResumes(db, 5, now);
    const claims = await Promise.all(Array.from({ length: 12 }, () => claimNext(db, RESUMES, new Date(now.getTime() + MINUTE))));
    const taken = claims.filter((c): c is ClaimedRow => c !== undefined).map((c) => c.id);
    expect(taken.sort()).toEqual([...ids].sort());
    expect(claims.filter((c) => c === undefined)).toHaveLength(7);
    const first = await claimNext(db, RESUMES, new Date(now.getTime() + MINUTE));
    expect(first).toBeUndefined();
    expect((await statusOf(db, ids[0]!)).parse_status).toBe('parsing');
  });

  it('leaves a row whose run_after is still ahead', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const [id] = await pendingResumes(db, 1, now);
    await db.updateTable('resumes').set({ run_after: new Date(now.getTime() + 10 * MINUTE) }).execute();
    expect(await claimNext(db, RESUMES, new Date(now.getTime() + 9 * MINUTE))).toBeUndefined();
    expect(await claimNext(db, RESUMES, new Date(now.getTime() + 10 * MINUTE))).toEqual({ id, attempts: 1 });
  });

  it('claims a row again once its lease has lapsed; the old claim then changes nothing', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const [id] = await pendingResumes(db, 1, now);
    const first = await claimNext(db, RESUMES, now);
    expect(first).toEqual({ id, attempts: 1 });
    expect(await claimNext(db, RESUMES, new Date(now.getTime() + 4 * MINUTE))).toBeUndefined();
    const second = await claimNext(db, RESUMES, new Date(now.getTime() + 6 * MINUTE));
    expect(second).toEqual({ id, attempts: 2 });
    // The process that held the first claim wakes up late and reports a failure: the row stays with the second.
    await retryOrFail(db, RESUMES, first!, 'late', new Date(now.getTime() + 7 * MINUTE), true);
    expect(await statusOf(db, id!)).toMatchObject({ parse_status: 'parsing', parse_error: null, attempts: 2 });
  });
});

describe('queue: failures', () => {
  it('retries with growing backoff up to the limit, then fails with the reason', async () => {
    const { db } = api.current.services;
    let now = new Date('2026-06-01T12:00:00Z');
    const [id] = await pendingResumes(db, 1, now);
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const row = await claimNext(db, RESUMES, now);
      expect(row).toEqual({ id, attempts: attempt });
      outcomes.push(await retryOrFail(db, RESUMES, row!, `broke ${attempt}`, now));
      if (attempt < 3) {
        const { run_after } = await statusOf(db, id!);
        expect(run_after.getTime() - now.getTime()).toBe(attempt * MINUTE);
        expect(await claimNext(db, RESUMES, new Date(run_after.getTime() - 1))).toBeUndefined();
        now = run_after;
      }
    }
    expect(outcomes).toEqual(['retry', 'retry', 'failed']);
    expect(await statusOf(db, id!)).toMatchObject({ parse_status: 'failed', parse_error: 'broke 3', attempts: 3, locked_until: null });
    expect(await claimNext(db, RESUMES, new Date(now.getTime() + 60 * MINUTE))).toBeUndefined();
  });

  it('fails at once, without retries, when told the job can never succeed', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const [id] = await pendingResumes(db, 1, now);
    const row = await claimNext(db, RESUMES, now);
    expect(await retryOrFail(db, RESUMES, row!, 'This PDF is password-protected.', now, true)).toBe('failed');
    expect(await statusOf(db, id!)).toMatchObject({ parse_status: 'failed', parse_error: 'This PDF is password-protected.', attempts: 1 });
  });
});

describe('queue: the loop', () => {
  it('runs every due job once, is woken by the waker, and stops after the jobs in hand', async () => {
    const { db } = api.current.services;
    const now = new Date('2026-06-01T12:00:00Z');
    const ids = await pendingResumes(db, 3, now);
    const ran: string[] = [];
    const waker = new Waker();
    const queue = startQueue({
      name: 'test',
      claim: () => claimNext(db, RESUMES, new Date(now.getTime() + MINUTE)),
      run: async (row) => {
        ran.push(row.id);
        await db.updateTable('resumes').set({ parse_status: 'parsed', locked_until: null }).where('id', '=', row.id).execute();
      },
      concurrency: 2,
      pollMs: 60 * MINUTE,
      waker,
      log: { warn: () => undefined, debug: () => undefined } as never,
    });
    try {
      await queue.idle();
      expect([...ran].sort()).toEqual([...ids].sort());
      // A new row after the loop went quiet: the waker (an upload) gets it run without waiting for a poll.
      const [late] = await db
        .insertInto('resumes')
        .values({
          candidate_id: (await db.selectFrom('resumes').select('candidate_id').executeTakeFirstOrThrow()).candidate_id,
          original_filename: 'late.txt',
          storage_key: 'resumes/late/late.txt',
          size_bytes: 1,
          format: 'txt',
          sha256: 'f'.repeat(64),
          run_after: now,
        })
        .returning('id')
        .execute();
      const done = new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (ran.includes(late!.id)) {
            clearInterval(check);
            resolve();
          }
        }, 10);
      });
      waker.wake();
      await done;
      expect(ran.filter((id) => id === late!.id)).toHaveLength(1);
    } finally {
      await queue.stop();
    }
  });
});
