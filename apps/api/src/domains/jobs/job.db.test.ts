// The public job procedures: what is listed, in what order, and the errors for bad input.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { callerFor } from '../../../test/helpers.ts';

const database = useTestDatabase();
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError['code']) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}

describe('job.list', () => {
  it('lists only published jobs whose deadline has not passed, newest first, with totals', async () => {
    const { db } = database.current;
    const company = await makeCompany(db, { name: 'Northwind' });
    const older = await makeJob(db, { company_id: company.id, title: 'Older', published_at: hoursAgo(5) });
    const newer = await makeJob(db, { company_id: company.id, title: 'Newer', published_at: hoursAgo(1) });
    await makeJob(db, { company_id: company.id, title: 'Draft', status: 'draft', published_at: null });
    await makeJob(db, { company_id: company.id, title: 'Paused', status: 'paused' });
    await makeJob(db, { company_id: company.id, title: 'Closed', status: 'closed' });
    // Past its deadline but not yet marked expired by the scheduled job: still never listed.
    await makeJob(db, { company_id: company.id, title: 'Past deadline', deadline: hoursAgo(1) });

    const result = await (await callerFor(db)).job.list({ page: 1, limit: 20 });
    expect(result.items.map((j) => j.id)).toEqual([newer.id, older.id]);
    expect(result.pagination).toEqual({ page: 1, limit: 20, totalCount: 2, totalPages: 1 });
    expect(result.items[0]?.company).toEqual({ id: company.id, name: 'Northwind', slug: company.slug, location: null });
  });

  it('pages through the list without overlap', async () => {
    const { db } = database.current;
    const company = await makeCompany(db);
    for (let i = 0; i < 5; i++) await makeJob(db, { company_id: company.id, title: `Job ${i}`, published_at: hoursAgo(i + 1) });
    const caller = await callerFor(db);
    const first = await caller.job.list({ page: 1, limit: 2 });
    const third = await caller.job.list({ page: 3, limit: 2 });
    expect(first.items.map((j) => j.title)).toEqual(['Job 0', 'Job 1']);
    expect(third.items.map((j) => j.title)).toEqual(['Job 4']);
    expect(third.pagination).toEqual({ page: 3, limit: 2, totalCount: 5, totalPages: 3 });
    expect((await caller.job.list({ page: 4, limit: 2 })).items).toEqual([]);
  });

  it('shows each job\'s skills, required ones first, from one query for the whole page', async () => {
    const { db } = database.current;
    const company = await makeCompany(db);
    await makeJob(db, { company_id: company.id }, [
      { slug: 'python', requirement: 'preferred' },
      { slug: 'javascript', requirement: 'required' },
    ]);
    const [job] = (await (await callerFor(db)).job.list({ page: 1, limit: 20 })).items;
    expect(job?.skills.map((s) => [s.slug, s.requirement])).toEqual([
      ['javascript', 'required'],
      ['python', 'preferred'],
    ]);
  });

  it.each([
    [{ page: 1, limit: 1000 }, 'limit'],
    [{ page: 0, limit: 20 }, 'page'],
    [{ page: 1.5, limit: 20 }, 'page'],
    [{ page: 1, limit: 20, status: 'draft' }, ''],
  ])('rejects %j with a field error on "%s"', async (input, field) => {
    const error = await expectTrpcError((await callerFor(database.current.db)).job.list(input as never), 'BAD_REQUEST');
    expect(error.message).toMatch(field || /Unrecognized key/);
  });
});

describe('job.byId', () => {
  it('returns a published job with its description, company and skills', async () => {
    const { db } = database.current;
    const company = await makeCompany(db, { website: 'https://northwind.example' });
    const job = await makeJob(
      db,
      { company_id: company.id, description: 'First paragraph.\n\nSecond.', salary_min: 90000, salary_max: 120000 },
      [{ slug: 'javascript' }],
    );
    const detail = await (await callerFor(db)).job.byId({ id: job.id });
    expect(detail).toMatchObject({
      id: job.id,
      description: 'First paragraph.\n\nSecond.',
      salary: { min: 90000, max: 120000, currency: 'USD', period: 'year' },
      company: { id: company.id, website: 'https://northwind.example' },
      skills: [{ slug: 'javascript', requirement: 'required' }],
    });
  });

  it.each([['draft'], ['paused'], ['closed'], ['expired']] as const)('answers NOT_FOUND for a %s job', async (status) => {
    const { db } = database.current;
    const company = await makeCompany(db);
    const job = await makeJob(db, { company_id: company.id, status });
    await expectTrpcError((await callerFor(db)).job.byId({ id: job.id }), 'NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one', async () => {
    const caller = await callerFor(database.current.db);
    await expectTrpcError(caller.job.byId({ id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    const error = await expectTrpcError(caller.job.byId({ id: 'not-a-uuid' }), 'BAD_REQUEST');
    expect(error.message).toContain('Must be a job id');
  });
});
