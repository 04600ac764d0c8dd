// Job alerts as a candidate uses them: saving searches, and the digests that arrive by email (through a real
// SMTP server) a day or a week later with exactly the new jobs that match.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { MAX_ALERTS_PER_CANDIDATE, type AlertCreateInput, type JobSearchFilters } from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { EmailDeliveryError } from '../../email/index.ts';
import { runAlertDigests, searchPagePath } from './service.ts';
import { useApi } from '../../../test/helpers.ts';
import type { ReceivedEmail } from '../../../test/mailbox.ts';
import { buildWorld } from '../../../test/world.ts';

const api = useApi();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const as = (who: 'candidateA' | 'candidateB' | 'recruiterX') => api.current.call({ token: world.users[who].token });
  return { db, world, as };
}

/** A job published at `at` on the test clock's timeline (hours after the clock's start). */
function publishAt(companyId: string, title: string, hoursFromStart: number, values: Partial<Parameters<typeof makeJob>[1]> = {}) {
  const start = new Date('2026-06-01T12:00:00Z').getTime();
  return makeJob(api.current.services.db, { company_id: companyId, title, published_at: new Date(start + hoursFromStart * HOUR), ...values });
}

const runDigests = () => runAlertDigests(api.current.services, api.current.clock.now());

/** The ids of the job pages an email links to, in order. */
function jobLinks(email: ReceivedEmail): string[] {
  return [...email.text.matchAll(/http:\/\/hotgigs\.test\/jobs\/([0-9a-f-]{36})/g)].map((m) => m[1]!);
}

const received = () => api.current.mailbox.received.map((m) => ({ to: m.to, subject: m.subject }));

describe('alert: saved searches', () => {
  it('lists each alert with the names of the skills and companies it filters by', async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    await a.alert.create({ name: 'Python at X', filters: { skills: ['python', 'sql'], companies: ['company-x'] } });
    const [listed] = await a.alert.list();
    expect(listed?.names).toEqual({ skills: { python: 'Python', sql: 'SQL' }, companies: { 'company-x': 'Company X' } });
  });

  it('creates, lists, updates and deletes alerts', async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    const created = await a.alert.create({ name: '  Remote Rust  ', filters: { q: 'rust', remote: ['remote'] }, frequency: 'weekly' });
    expect(created).toMatchObject({
      name: 'Remote Rust',
      filters: { q: 'rust', remote: ['remote'] },
      frequency: 'weekly',
      active: true,
      lastSentAt: null,
      createdAt: api.current.clock.now(),
    });
    expect(await a.alert.list()).toEqual([{ ...created, names: { skills: {}, companies: {} } }]);

    const updated = await a.alert.update({ id: created.id, name: 'Rust anywhere', filters: { q: 'rust' }, frequency: 'daily', active: false });
    expect(updated).toMatchObject({ id: created.id, name: 'Rust anywhere', filters: { q: 'rust' }, frequency: 'daily', active: false });
    // Only what is given changes.
    expect(await a.alert.update({ id: created.id, name: 'Rust' })).toMatchObject({ name: 'Rust', filters: { q: 'rust' }, frequency: 'daily', active: false });

    expect(await a.alert.delete({ id: created.id })).toEqual({ id: created.id, deleted: true });
    expect(await a.alert.list()).toEqual([]);
  });

  it("answers NOT_FOUND for another candidate's alert, and lists only one's own", async () => {
    const { as } = await setUp();
    const mine = await (await as('candidateA')).alert.create({ name: 'Mine', filters: {}, frequency: 'daily' });
    const b = await as('candidateB');
    expect(await b.alert.list()).toEqual([]);
    expect((await errorOf(b.alert.update({ id: mine.id, name: 'Taken' }))).code).toBe('NOT_FOUND');
    expect((await errorOf(b.alert.delete({ id: mine.id }))).code).toBe('NOT_FOUND');
    expect((await errorOf(b.alert.delete({ id: '00000000-0000-4000-8000-000000000000' }))).code).toBe('NOT_FOUND');
    expect(await (await as('candidateA')).alert.list()).toMatchObject([{ id: mine.id, name: 'Mine' }]);
  });

  it(`keeps at most ${MAX_ALERTS_PER_CANDIDATE} alerts per candidate, with a clear message`, async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    for (let i = 0; i < MAX_ALERTS_PER_CANDIDATE; i++) await a.alert.create({ name: `Alert ${i}`, filters: {}, frequency: 'daily' });
    const error = await errorOf(a.alert.create({ name: 'One too many', filters: {}, frequency: 'daily' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe(`You can have up to ${MAX_ALERTS_PER_CANDIDATE} job alerts. Delete one to create another.`);
    // The limit is per candidate.
    await (await as('candidateB')).alert.create({ name: 'Mine', filters: {}, frequency: 'daily' });
  });

  it.each<[string, unknown, string[]]>([
    ['a minimum salary above the maximum', { name: 'Pay', filters: { salaryMin: 90_000, salaryMax: 50_000 } }, ['filters', 'salaryMin']],
    ['an empty name', { name: '   ', filters: {} }, ['name']],
    ['a frequency that does not exist', { name: 'Often', filters: {}, frequency: 'hourly' }, ['frequency']],
    ['a filter that does not exist', { name: 'Odd', filters: { status: 'draft' } }, ['filters']],
    ['an unknown key', { name: 'Odd', filters: {}, candidateId: 'x' }, []],
    ['too many skills', { name: 'Many', filters: { skills: Array.from({ length: 11 }, (_, i) => `skill-${i}`) } }, ['filters', 'skills']],
  ])('rejects %s with a field error', async (_what, input, path) => {
    const { as } = await setUp();
    const error = await errorOf((await as('candidateA')).alert.create(input as AlertCreateInput));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toBeInstanceOf(ZodError);
    expect((error.cause as ZodError).issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it('rejects skills and companies that do not exist, naming them', async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    const skill = await errorOf(a.alert.create({ name: 'Typo', filters: { skills: ['typescript', 'no-such-skill'] }, frequency: 'daily' }));
    expect(skill.message).toBe('filters: Unknown skill: no-such-skill.');
    const company = await errorOf(a.alert.create({ name: 'Typo', filters: { companies: ['company-x', 'nobody'] }, frequency: 'daily' }));
    expect(company.message).toBe('filters: Unknown company: nobody.');
    const created = await a.alert.create({ name: 'Fine', filters: { skills: ['typescript'], companies: ['company-x'] }, frequency: 'daily' });
    expect((await errorOf(a.alert.update({ id: created.id, filters: { skills: ['nope'] } }))).message).toBe('filters: Unknown skill: nope.');
  });
});

describe('alert digests', () => {
  it('emails each alert the jobs published since it was saved, once a day, newest first', async () => {
    const { db, world, as } = await setUp();
    const rust = await (await as('candidateA')).alert.create({ name: 'Remote jobs', filters: { remote: ['remote'] }, frequency: 'daily' });
    await (await as('candidateB')).alert.create({ name: 'Gardening', filters: { q: 'gardener' }, frequency: 'daily' });
    const X = world.companies.X;
    await publishAt(X, 'Remote gardener before the alert', -1, { remote: 'remote' });
    const remoteEngineer = await publishAt(X, 'Remote Rust engineer', 2, { remote: 'remote', location: 'Europe' });
    const headGardener = await publishAt(X, 'Head gardener', 5, { location: 'Kew, London' });
    const remoteGardener = await publishAt(X, 'Remote data gardener', 6, { remote: 'remote' });
    await publishAt(X, 'Remote draft', 7, { remote: 'remote', status: 'draft' });
    await publishAt(X, 'Remote but closed', 8, { remote: 'remote', status: 'closed' });
    const tomorrow = await publishAt(X, 'Remote job of tomorrow', 25, { remote: 'remote' });

    // Not a day yet: nothing is due.
    api.current.clock.advance(23 * HOUR);
    expect(await runDigests()).toEqual({ due: 0, sent: 0, empty: 0, skipped: 0, retry: 0 });

    api.current.clock.advance(1 * HOUR);
    expect(await runDigests()).toEqual({ due: 2, sent: 2, empty: 0, skipped: 0, retry: 0 });
    expect(received()).toEqual(
      expect.arrayContaining([
        { to: [world.users.candidateA.email], subject: '2 new jobs for your alert "Remote jobs"' },
        { to: [world.users.candidateB.email], subject: '2 new jobs for your alert "Gardening"' },
      ]),
    );
    expect(received()).toHaveLength(2);
    const toA = await api.current.mailbox.waitFor(world.users.candidateA.email, /Remote jobs/);
    expect(jobLinks(toA)).toEqual([remoteGardener.id, remoteEngineer.id]);
    expect(toA.text).toContain('Hi candidateA,');
    expect(toA.text).toContain('Remote Rust engineer\nCompany X · Europe · Remote\nhttp://hotgigs.test/jobs/');
    expect(toA.text).toContain('manage your alerts: http://hotgigs.test/account/alerts');
    expect(toA.html).toContain(`href="http://hotgigs.test/jobs/${remoteEngineer.id}"`);
    const toB = await api.current.mailbox.waitFor(world.users.candidateB.email, /Gardening/);
    expect(jobLinks(toB)).toEqual([remoteGardener.id, headGardener.id]);
    expect(toB.text).toContain('Head gardener\nCompany X · Kew, London\n');

    const alert = await db.selectFrom('job_alerts').select('last_sent_at').where('id', '=', rust.id).executeTakeFirstOrThrow();
    expect(alert.last_sent_at).toEqual(api.current.clock.now());

    // Later the same day: nothing more.
    api.current.mailbox.clear();
    api.current.clock.advance(6 * HOUR);
    expect((await runDigests()).due).toBe(0);
    expect(received()).toEqual([]);

    // The next day: the job published after the first digest, and only to the alert it matches.
    api.current.clock.advance(18 * HOUR);
    expect(await runDigests()).toEqual({ due: 2, sent: 1, empty: 1, skipped: 0, retry: 0 });
    expect(received()).toEqual([{ to: [world.users.candidateA.email], subject: '1 new job for your alert "Remote jobs"' }]);
    expect(jobLinks(api.current.mailbox.received[0]!)).toEqual([tomorrow.id]);
  });

  it('sends no email when nothing new matched, and still moves the window on', async () => {
    const { db, world, as } = await setUp();
    const alert = await (await as('candidateA')).alert.create({ name: 'Nothing', filters: { q: 'astronaut' }, frequency: 'daily' });
    await publishAt(world.companies.X, 'Gardener', 3);
    api.current.clock.advance(DAY);
    expect(await runDigests()).toEqual({ due: 1, sent: 0, empty: 1, skipped: 0, retry: 0 });
    expect(received()).toEqual([]);
    const row = await db.selectFrom('job_alerts').select('last_sent_at').where('id', '=', alert.id).executeTakeFirstOrThrow();
    expect(row.last_sent_at).toEqual(api.current.clock.now());
  });

  it('sends weekly alerts a week after they were saved, with the whole week in them', async () => {
    const { world, as } = await setUp();
    await (await as('candidateA')).alert.create({ name: 'Weekly', filters: {}, frequency: 'weekly' });
    const monday = await publishAt(world.companies.X, 'Monday job', 1);
    const friday = await publishAt(world.companies.X, 'Friday job', 4 * 24);
    for (let day = 1; day < 7; day++) {
      api.current.clock.advance(DAY);
      expect((await runDigests()).due).toBe(0);
    }
    api.current.clock.advance(DAY);
    expect((await runDigests()).sent).toBe(1);
    const email = await api.current.mailbox.waitFor(world.users.candidateA.email, /Weekly/);
    expect(email.subject).toBe('2 new jobs for your alert "Weekly"');
    expect(jobLinks(email)).toEqual([friday.id, monday.id]);
    expect(email.text).toContain('to be told once a week about new jobs');
  });

  it.each([
    ['a deactivated account', { is_active: false }],
    ['an unconfirmed email address', { email_verified_at: null }],
  ])('sends nothing to %s', async (_who, change) => {
    const { db, world, as } = await setUp();
    await (await as('candidateA')).alert.create({ name: 'All jobs', filters: {}, frequency: 'daily' });
    await publishAt(world.companies.X, 'New job', 1);
    await db.updateTable('users').set(change).where('id', '=', world.users.candidateA.id).execute();
    api.current.clock.advance(DAY);
    expect((await runDigests()).due).toBe(0);
    expect(received()).toEqual([]);
  });

  it('sends nothing for a paused alert, and a resumed one starts from when it was resumed', async () => {
    const { world, as } = await setUp();
    const a = await as('candidateA');
    const alert = await a.alert.create({ name: 'Paused', filters: {}, frequency: 'daily' });
    await a.alert.update({ id: alert.id, active: false });
    await publishAt(world.companies.X, 'While paused', 1);
    api.current.clock.advance(2 * DAY);
    expect((await runDigests()).due).toBe(0);

    await (await as('candidateA')).alert.update({ id: alert.id, active: true });
    const after = await publishAt(world.companies.X, 'After resuming', 49);
    api.current.clock.advance(DAY);
    expect((await runDigests()).sent).toBe(1);
    expect(jobLinks(await api.current.mailbox.waitFor(world.users.candidateA.email, /Paused/))).toEqual([after.id]);
  });

  it('lists the newest 20 jobs and links the search page for the rest', async () => {
    const { world, as } = await setUp();
    const filters = { q: 'engineer', remote: ['remote' as const] };
    await (await as('candidateA')).alert.create({ name: 'Engineers', filters, frequency: 'daily' });
    const jobs = [];
    for (let i = 0; i < 23; i++) jobs.push(await publishAt(world.companies.X, `Remote engineer ${i}`, 1 + i / 2, { remote: 'remote' }));
    api.current.clock.advance(DAY);
    await runDigests();
    const email = await api.current.mailbox.waitFor(world.users.candidateA.email, /Engineers/);
    expect(email.subject).toBe('23 new jobs for your alert "Engineers"');
    expect(jobLinks(email)).toEqual(jobs.reverse().slice(0, 20).map((j) => j.id));
    expect(email.text).toContain('...and 3 more.');
    const all = email.text.match(/See all 23 jobs:\n(\S+)/)?.[1];
    expect(all).toBe('http://hotgigs.test/jobs?q=engineer&remote=remote');
  });

  it('retries a digest the mail server did not take on the next run', async () => {
    const { db, world, as } = await setUp();
    const alert = await (await as('candidateA')).alert.create({ name: 'Retry', filters: {}, frequency: 'daily' });
    await publishAt(world.companies.X, 'New job', 1);
    api.current.clock.advance(DAY);
    const failing: AppServices['mailer'] = {
      send: () => Promise.reject(new EmailDeliveryError('mail server down')),
      close: () => Promise.resolve(),
    };
    expect(await runAlertDigests({ ...api.current.services, mailer: failing }, api.current.clock.now())).toEqual({
      due: 1,
      sent: 0,
      empty: 0,
      skipped: 0,
      retry: 1,
    });
    const row = await db.selectFrom('job_alerts').select('last_sent_at').where('id', '=', alert.id).executeTakeFirstOrThrow();
    expect(row.last_sent_at).toBeNull();
    api.current.clock.advance(15 * 60_000);
    expect((await runDigests()).sent).toBe(1);
    expect(received()).toEqual([{ to: [world.users.candidateA.email], subject: '1 new job for your alert "Retry"' }]);
  });

  it('skips an alert whose company no longer exists, and sends the others', async () => {
    const { db, world, as } = await setUp();
    const a = await as('candidateA');
    const company = await makeCompany(db, { name: 'Temporary', slug: 'temporary-co' });
    await a.alert.create({ name: 'Gone', filters: { companies: ['temporary-co'] }, frequency: 'daily' });
    await a.alert.create({ name: 'Still here', filters: {}, frequency: 'daily' });
    await publishAt(world.companies.X, 'New job', 1);
    await db.deleteFrom('companies').where('id', '=', company.id).execute();
    api.current.clock.advance(DAY);
    expect(await runDigests()).toEqual({ due: 2, sent: 1, empty: 0, skipped: 1, retry: 0 });
    expect(received()).toEqual([{ to: [world.users.candidateA.email], subject: '1 new job for your alert "Still here"' }]);
  });

  it('sends each digest once when several instances run at the same moment', async () => {
    const { world, as } = await setUp();
    await (await as('candidateA')).alert.create({ name: 'A', filters: {}, frequency: 'daily' });
    await (await as('candidateB')).alert.create({ name: 'B', filters: {}, frequency: 'daily' });
    await publishAt(world.companies.X, 'New job', 1);
    api.current.clock.advance(DAY);
    const runs = await Promise.all([runDigests(), runDigests(), runDigests()]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
    expect(received().map((m) => m.subject).sort()).toEqual(['1 new job for your alert "A"', '1 new job for your alert "B"']);
  });
});

describe('searchPagePath', () => {
  it.each<[JobSearchFilters, string]>([
    [{}, '/jobs'],
    [{ q: 'rust' }, '/jobs?q=rust'],
    [{ q: '123' }, '/jobs?q=123'],
    [{ q: '"data engineer" -senior' }, '/jobs?q=%22data+engineer%22+-senior'],
    [{ location: 'São Paulo', includeRemote: true, salaryMin: 50_000 }, '/jobs?location=S%C3%A3o+Paulo&includeRemote=true&salaryMin=50000'],
    [{ skills: ['rust', 'go'], remote: ['remote', 'hybrid'] }, '/jobs?skills=rust&skills=go&remote=remote&remote=hybrid'],
  ])('%j -> %s', (filters, path) => {
    expect(searchPagePath(filters)).toBe(path);
  });
});
