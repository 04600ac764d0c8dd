// @hotgigs/client against a started portal over real HTTP: the README's examples (sign in, search, post a job,
// list applicants, move one), typed errors, and retries that wait as Retry-After says.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../../../apps/api/test/mailbox.ts';
import { useApi } from '../../../apps/api/test/helpers.ts';
import { createHotgigsClient, hotgigsError, retryAfterMs, retryingFetch } from './index.ts';

const api = useApi();
let url = '';
beforeAll(async () => {
  await api.current.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(api.current.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await api.current.app.close();
});

const PASSWORD = 'a client passphrase for tests';

async function account(role: 'candidate' | 'recruiter', email: string) {
  const anonymous = createHotgigsClient({ url });
  await anonymous.auth.register.mutate(
    role === 'recruiter'
      ? { role, email, password: PASSWORD, firstName: 'Rita', lastName: 'Script', companyName: `Firm of ${email}` }
      : { role, email, password: PASSWORD, firstName: 'Carl', lastName: 'Script' },
  );
  const mail = await api.current.mailbox.waitFor(email, /confirm your email/i);
  await anonymous.auth.verifyEmail.mutate({ token: linkIn(mail, '/verify-email').searchParams.get('token')! });
  const signed = await anonymous.auth.signIn.mutate({ email, password: PASSWORD });
  expect(signed.token).toEqual(expect.any(String));
  return createHotgigsClient({ url, token: signed.token! });
}

/** What a script does (README): a person makes a full-access API token in the account page; the script uses it. */
async function scriptToken(role: 'candidate' | 'recruiter', email: string) {
  const session = await account(role, email);
  const { token } = await session.auth.apiTokens.create.mutate({ name: 'client test', scope: 'full', expiresInDays: 30 });
  return createHotgigsClient({ url, token });
}

describe('@hotgigs/client', () => {
  it('signs in, posts and publishes a job, finds it, lists its applicants and moves one through the pipeline', async () => {
    const recruiter = await scriptToken('recruiter', 'client-recruiter@example.com');
    const me = await recruiter.auth.me.query();
    expect(me?.user.role).toBe('recruiter');

    const job = await recruiter.jobEditor.create.mutate({
      title: 'Script writer',
      description: 'Write scripts that call the Hotgigs API, with types, for a small friendly team.',
      location: 'Remote',
      remote: 'remote',
      employmentType: 'contract',
      experienceLevel: 'mid',
    });
    await recruiter.jobEditor.transition.mutate({ id: job.id, action: 'publish' });

    const anonymous = createHotgigsClient({ url });
    // Two calls in one batch, each typed from the router.
    const [found, detail] = await Promise.all([anonymous.job.search.query({ filters: { q: 'script writer' } }), anonymous.job.byId.query({ id: job.id })]);
    expect(found.items.map((j) => j.id)).toContain(job.id);
    expect(detail.publishedAt).toBeInstanceOf(Date);

    const candidate = await account('candidate', 'client-candidate@example.com');
    const profile = await candidate.auth.me.query();
    const { db, storage } = api.current.services;
    await storage.put('resumes/client-test.txt', new TextEncoder().encode('Resume'));
    const resume = await db
      .insertInto('resumes')
      .values({ candidate_id: profile!.profile!.id, original_filename: 'cv.txt', storage_key: 'resumes/client-test.txt', size_bytes: 6, format: 'txt', sha256: 'e'.repeat(64), parse_status: 'parsed', is_primary: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await candidate.application.submit.mutate({ jobId: job.id, resumeId: resume.id });

    const applicants = await recruiter.pipeline.applicants.query({ id: job.id });
    expect(applicants.items).toHaveLength(1);
    const moved = await recruiter.pipeline.move.mutate({ id: applicants.items[0]!.id, to: 'screening' });
    expect(moved).toBeDefined();
    expect((await candidate.application.mine.query()).items[0]?.status).toBe('screening');
  });

  it('gives typed errors a script can switch on', async () => {
    const anonymous = createHotgigsClient({ url });
    const bad = await anonymous.auth.register.mutate({ role: 'candidate', email: 'nope', password: 'x', firstName: 'A', lastName: 'B' }).catch((e: unknown) => e);
    expect(hotgigsError(bad)).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { email: [expect.any(String)], password: expect.arrayContaining([expect.stringContaining('8 characters')]) } });
    const denied = await anonymous.jobEditor.mine.query().catch((e: unknown) => e);
    expect(hotgigsError(denied)).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 });
    expect(hotgigsError(new Error('a bug'))).toBeUndefined();
  });

  it('tries a 429 again after Retry-After, and gives up after its retries', async () => {
    const answers = [429, 429, 200];
    const seen: number[] = [];
    const fake: typeof fetch = async () => {
      const status = answers.shift() ?? 200;
      seen.push(status);
      return new Response(status === 200 ? 'ok' : 'slow down', { status, headers: { 'retry-after': '0' } });
    };
    expect((await retryingFetch(fake, 2, 1000)('http://x')).status).toBe(200);
    expect(seen).toEqual([429, 429, 200]);
    answers.push(429, 429, 429);
    expect((await retryingFetch(fake, 1, 1000)('http://x')).status).toBe(429);
    // A wait longer than allowed is not waited for: the 429 comes back at once.
    const long: typeof fetch = async () => new Response('', { status: 429, headers: { 'retry-after': '3600' } });
    expect((await retryingFetch(long, 3, 1000)('http://x')).status).toBe(429);
  });

  it.each([
    ['120', 120_000],
    ['0', 0],
    [null, undefined],
    ['soon', undefined],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 5_000],
  ])('reads Retry-After %s as %s ms', (header, ms) => expect(retryAfterMs(header, 5_000)).toBe(ms));
});
