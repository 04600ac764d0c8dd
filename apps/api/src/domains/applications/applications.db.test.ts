// Applications end to end through the routers, on PGlite and PostgreSQL: applying (once, with checked answers,
// to open jobs only), the pipeline's rules and history, bulk moves, private notes, concurrency, the resume file
// for the company, GDPR export and deletion.
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJob } from '@hotgigs/db/fixtures';
import type { ScreeningQuestion } from '@hotgigs/shared';
import { failure, shownMessage, useApi } from '../../../test/helpers.ts';
import { buildWorld, WORLD_PASSWORD, type World } from '../../../test/world.ts';
import { createSession } from '../accounts/sessions.ts';

const api = useApi();
let base = '';
beforeAll(async () => {
  base = await api.current.app.listen({ host: '127.0.0.1', port: 0 });
});

const QUESTIONS: ScreeningQuestion[] = [
  { id: 'permit', kind: 'yes_no', prompt: 'Do you have a work permit?', required: true },
  { id: 'shift', kind: 'choice', prompt: 'Which shift?', required: false, choices: ['Early', 'Late'] },
  { id: 'why', kind: 'text', prompt: 'Why us?', required: false },
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected ${String(error)}`),
  );
}

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const job = await makeJob(db, { company_id: world.companies.X, title: 'Welder', screening_questions: JSON.stringify(QUESTIONS) as never });
  const as = (who: keyof World['users']) => api.current.call({ token: world.users[who].token });
  const candidateId = async (who: 'candidateA' | 'candidateB') =>
    (await db.selectFrom('candidates').select('id').where('user_id', '=', world.users[who].id).executeTakeFirstOrThrow()).id;
  return { db, world, job, as, candidateId };
}

let fileCount = 0;
/** A stored resume of this candidate, file included. */
async function resumeFor(candidateId: string): Promise<string> {
  const { db, storage } = api.current.services;
  const key = `resumes/test-${++fileCount}-${Date.now()}.txt`;
  await storage.put(key, new TextEncoder().encode(`Resume ${fileCount}`));
  const row = await db
    .insertInto('resumes')
    .values({ candidate_id: candidateId, original_filename: 'cv.txt', storage_key: key, size_bytes: 9, format: 'txt', sha256: `${fileCount}`.padStart(64, '0'), parse_status: 'parsed', is_primary: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** `n` more candidates, each signed in, with a resume. */
async function candidates(n: number, now: Date) {
  const { db } = api.current.services;
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const user = await db
        .insertInto('users')
        .values({ email: `applicant-${i}-${Math.random().toString(36).slice(2)}@world.example`, password_hash: 'x', role: 'candidate', email_verified_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const candidate = await db.insertInto('candidates').values({ user_id: user.id, first_name: `Applicant${i}`, last_name: 'Person' }).returning('id').executeTakeFirstOrThrow();
      const { token } = await createSession(db, user.id, { now, mfaVerified: true });
      return { token, candidateId: candidate.id, resumeId: await resumeFor(candidate.id) };
    }),
  );
}

const answers = [
  { questionId: 'permit', answer: true },
  { questionId: 'shift', answer: 'Late' },
];

describe('applying', () => {
  it('applies once with a resume and answers; the job counts it, the company hears of it, the candidate follows it', async () => {
    const { db, job, as, candidateId } = await setUp();
    const a = await as('candidateA');
    const resumeId = await resumeFor(await candidateId('candidateA'));
    const application = await a.application.submit({ jobId: job.id, resumeId, coverLetter: 'I weld.', answers });
    expect(application).toMatchObject({
      status: 'submitted',
      job: { id: job.id, title: 'Welder', companyName: 'Company X', open: true },
      coverLetter: 'I weld.',
      resume: { id: resumeId, filename: 'cv.txt' },
      canWithdraw: true,
      timeline: [{ status: 'submitted', sentence: 'You applied.', message: null }],
    });
    expect(application.answers).toEqual([
      { questionId: 'permit', prompt: 'Do you have a work permit?', kind: 'yes_no', answer: true },
      { questionId: 'shift', prompt: 'Which shift?', kind: 'choice', answer: 'Late' },
    ]);
    expect((await db.selectFrom('jobs').select('application_count').where('id', '=', job.id).executeTakeFirstOrThrow()).application_count).toBe(1);

    const again = await failure(a.application.submit({ jobId: job.id, resumeId, answers }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toBe('You have already applied to this job.');

    expect(await a.application.appliedJobs()).toEqual([{ jobId: job.id, applicationId: application.id, status: 'submitted' }]);
    expect((await a.application.mine({ page: 1, limit: 20 })).items.map((i) => i.id)).toEqual([application.id]);
    const x = await as('recruiterX');
    const told = await x.notification.list();
    expect(told.items[0]).toMatchObject({ type: 'application.received', title: 'New applicant for Welder', actionUrl: `/recruiter/applications/${application.id}` });
    expect(told.unreadCount).toBe(1);
  });

  it.each([
    ['no answer to a required question', () => ({ answers: [] }), 'answers.permit', /required/],
    ['text for a yes/no question', () => ({ answers: [{ questionId: 'permit', answer: 'yes' }] }), 'answers.permit', /yes or no/],
    ['a choice that is not offered', () => ({ answers: [{ questionId: 'permit', answer: true }, { questionId: 'shift', answer: 'Night' }] }), 'answers.shift', /Early, Late/],
    ['an answer to a question the job does not ask', () => ({ answers: [...answers, { questionId: 'nope', answer: 'x' }] }), 'answers.nope', /no such question/],
    ['a 500 KB cover letter', () => ({ answers, coverLetter: 'x'.repeat(500_000) }), 'coverLetter', /at most 10,000/],
    ['a NUL byte in the cover letter', () => ({ answers, coverLetter: 'Hello\u0000there' }), 'coverLetter', /control characters/],
  ])('refuses %s with the field named, and writes nothing', async (_what, extra, field, message) => {
    const { db, job, as, candidateId } = await setUp();
    const resumeId = await resumeFor(await candidateId('candidateA'));
    const error = await failure((await as('candidateA')).application.submit({ jobId: job.id, resumeId, ...extra() } as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(shownMessage(error)).toMatch(field);
    expect(shownMessage(error)).toMatch(message);
    expect(await db.selectFrom('applications').select('id').execute()).toEqual([]);
    expect((await db.selectFrom('jobs').select('application_count').where('id', '=', job.id).executeTakeFirstOrThrow()).application_count).toBe(0);
  });

  it.each([
    ['a paused job', { status: 'paused' as const }, 'BAD_REQUEST'],
    ['a closed job', { status: 'closed' as const, closed_at: new Date() }, 'BAD_REQUEST'],
    ['a job past its deadline (not yet swept)', { deadline: new Date(Date.now() - 60_000) }, 'BAD_REQUEST'],
    ['a draft', { status: 'draft' as const, published_at: null }, 'NOT_FOUND'],
  ])('refuses %s', async (_what, values, code) => {
    const { db, world, as, candidateId } = await setUp();
    const job = await makeJob(db, { company_id: world.companies.X, ...values });
    const resumeId = await resumeFor(await candidateId('candidateA'));
    const error = await failure((await as('candidateA')).application.submit({ jobId: job.id, resumeId }));
    expect(error.code).toBe(code);
    if (code === 'BAD_REQUEST') expect(shownMessage(error)).toMatch(/no longer takes applications/);
  });

  it("refuses another candidate's resume as NOT_FOUND", async () => {
    const { job, as, candidateId } = await setUp();
    const bs = await resumeFor(await candidateId('candidateB'));
    const error = await failure((await as('candidateA')).application.submit({ jobId: job.id, resumeId: bs, answers }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('takes exactly one of ten concurrent double clicks, and counts concurrent applicants exactly', async () => {
    const { db, job, as, candidateId } = await setUp();
    const a = await as('candidateA');
    const resumeId = await resumeFor(await candidateId('candidateA'));
    const codes = await Promise.all(Array.from({ length: 10 }, () => codeOf(a.application.submit({ jobId: job.id, resumeId, answers }))));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);

    const others = await candidates(20, api.current.clock.now());
    const results = await Promise.all(
      others.map(async (o) => codeOf((await api.current.call({ token: o.token })).application.submit({ jobId: job.id, resumeId: o.resumeId, answers }))),
    );
    expect(results).toEqual(Array(20).fill('ok'));
    const counted = await db.selectFrom('jobs').select('application_count').where('id', '=', job.id).executeTakeFirstOrThrow();
    const actual = await db.selectFrom('applications').select(sql<number>`count(*)::int`.as('n')).where('job_id', '=', job.id).executeTakeFirstOrThrow();
    expect(counted.application_count).toBe(21);
    expect(actual.n).toBe(21);
  });
});

describe('the pipeline', () => {
  async function applied() {
    const s = await setUp();
    const resumeId = await resumeFor(await s.candidateId('candidateA'));
    const application = await (await s.as('candidateA')).application.submit({ jobId: s.job.id, resumeId, answers });
    return { ...s, application, resumeId, x: await s.as('recruiterX') };
  }

  it('moves forward a stage at a time with history and notifications; rejection needs a reason; final is final', async () => {
    const { application, x, as } = await applied();
    const id = application.id;
    expect((await x.pipeline.move({ id, to: 'screening' })).status).toBe('screening');
    const skip = await failure(x.pipeline.move({ id, to: 'offer' }));
    expect([skip.code, skip.message]).toEqual(['BAD_REQUEST', 'From screening an application moves to interview or is rejected.']);
    const noReason = await failure(x.pipeline.move({ id, to: 'rejected' }));
    expect(shownMessage(noReason)).toMatch(/reason: Pick a reason/);
    const withdrawByCompany = await failure(x.pipeline.move({ id, to: 'withdrawn' }));
    expect(withdrawByCompany.message).toBe('Only the candidate can withdraw an application.');
    await x.pipeline.move({ id, to: 'interview' });
    await x.pipeline.move({ id, to: 'rejected', reason: 'other_candidate', message: 'We went with someone else; thank you.' });
    const final = await failure(x.pipeline.move({ id, to: 'offer' }));
    expect(final.message).toBe('This application is rejected: that is final.');

    const detail = await x.pipeline.applicant({ id });
    expect(detail.history.map((h) => [h.from, h.to, h.by, h.reason])).toEqual([
      [null, 'submitted', 'candidateA Person', null],
      ['submitted', 'screening', 'recruiterX Person', null],
      ['screening', 'interview', 'recruiterX Person', null],
      ['interview', 'rejected', 'recruiterX Person', 'other_candidate'],
    ]);
    expect(detail.moves).toEqual([]);
    expect(detail.candidate).toMatchObject({ firstName: 'candidateA', email: 'candidatea@world.example' });

    const a = await as('candidateA');
    const mine = await a.application.get({ id });
    expect(mine.timeline.map((t) => t.sentence)).toEqual([
      'You applied.',
      'Your application is being reviewed.',
      'Your application moved to interview.',
      'The company decided not to go ahead with your application.',
    ]);
    expect(mine.timeline.at(-1)?.message).toBe('We went with someone else; thank you.');
    expect(mine.canWithdraw).toBe(false);
    expect(JSON.stringify(mine)).not.toContain('other_candidate');
    const notes = await a.notification.list();
    expect(notes.items.map((n) => n.title)).toContain('Welder at Company X: Your application moved to interview.');
    expect(notes.unreadCount).toBe(3);
    await a.notification.markRead({ id: notes.items[0]!.id });
    expect((await a.notification.list()).unreadCount).toBe(2);
    expect(await a.notification.markAllRead()).toEqual({ marked: 2 });
  });

  it('lets the candidate withdraw from an open stage, after which the company cannot move it', async () => {
    const { application, x, as } = await applied();
    const a = await as('candidateA');
    const withdrawn = await a.application.withdraw({ id: application.id, reason: 'Took another job' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    expect(withdrawn.timeline.at(-1)).toMatchObject({ status: 'withdrawn', sentence: 'You withdrew your application.', message: 'Took another job' });
    expect((await failure(a.application.withdraw({ id: application.id }))).message).toBe('This application is withdrawn: that is final.');
    expect((await failure(x.pipeline.move({ id: application.id, to: 'screening' }))).code).toBe('BAD_REQUEST');
    // The company is told, with the reason, in its notifications and in the applicant's history.
    const told = await x.notification.list({ page: 1, limit: 5, unreadOnly: true });
    expect(told.items[0]).toMatchObject({ type: 'application.withdrawn', title: 'An applicant withdrew from Welder', body: 'Took another job', actionUrl: `/recruiter/applications/${application.id}` });
    expect((await x.pipeline.applicant({ id: application.id })).history.at(-1)).toMatchObject({ to: 'withdrawn', note: 'Took another job' });
  });

  it('serialises two concurrent moves of one application: one wins, the other is checked against it', async () => {
    const { application, x } = await applied();
    const codes = await Promise.all([codeOf(x.pipeline.move({ id: application.id, to: 'screening' })), codeOf(x.pipeline.move({ id: application.id, to: 'screening' }))]);
    expect(codes.sort()).toEqual(['BAD_REQUEST', 'ok']);
    const events = await api.current.services.db.selectFrom('application_events').select('to_status').where('application_id', '=', application.id).execute();
    expect(events.map((e) => e.to_status).sort()).toEqual(['screening', 'submitted']);
  });

  it('moves and rejects in bulk, skipping what the pipeline does not allow, and ranks, counts and pages applicants', async () => {
    const { db, job, application, x, as } = await applied();
    const others = await candidates(4, api.current.clock.now());
    const ids = [application.id];
    for (const [i, o] of others.entries()) {
      api.current.clock.advance(60_000);
      const app = await (await api.current.call({ token: o.token })).application.submit({ jobId: job.id, resumeId: o.resumeId, answers });
      await db.updateTable('applications').set({ match_score: 50 + i * 10 }).where('id', '=', app.id).execute();
      ids.push(app.id);
    }
    await (await as('candidateA')).application.withdraw({ id: application.id });
    const rejected = await x.pipeline.bulkMove({ jobId: job.id, ids: ids.slice(0, 3), to: 'rejected', reason: 'position_filled', message: 'The role is filled.' });
    expect(rejected.moved.sort()).toEqual(ids.slice(1, 3).sort());
    expect(rejected.skipped).toEqual([{ id: application.id, reason: 'This application is withdrawn: that is final.' }]);

    const table = await x.pipeline.applicants({ id: job.id, sort: 'match', page: 1, limit: 2 });
    expect(table.items.map((r) => r.matchScore)).toEqual([80, 70]);
    expect(table.pagination).toEqual({ page: 1, limit: 2, totalCount: 5, totalPages: 3 });
    expect(table.counts).toMatchObject({ submitted: 2, rejected: 2, withdrawn: 1, screening: 0 });
    const onlyRejected = await x.pipeline.applicants({ id: job.id, status: 'rejected', sort: 'newest' });
    expect(onlyRejected.items.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const board = await x.pipeline.board({ id: job.id });
    expect(board.columns.map((c) => [c.status, c.count, c.items.length])).toEqual([
      ['submitted', 2, 2],
      ['screening', 0, 0],
      ['interview', 0, 0],
      ['offer', 0, 0],
      ['hired', 0, 0],
      ['rejected', 2, 2],
      ['withdrawn', 1, 1],
    ]);
    expect(board.columns[0]!.items.map((r) => r.matchScore)).toEqual([80, 70]);
    expect(board.columns[0]!.items[0]!.moves).toEqual(['screening', 'rejected']);
  });

  it('keeps notes and ratings private to the company: not in the application, not in the GDPR export', async () => {
    const { application, x, as } = await applied();
    const note = await x.pipeline.addNote({ id: application.id, body: 'Great welds, asks a lot', rating: 4 });
    expect(note).toMatchObject({ body: 'Great welds, asks a lot', rating: 4, mine: true });
    const detail = await x.pipeline.applicant({ id: application.id });
    expect(detail.notes).toMatchObject([{ body: 'Great welds, asks a lot', rating: 4, author: 'recruiterX Person', mine: true }]);
    expect((await x.pipeline.applicants({ id: detail.job.id })).items[0]).toMatchObject({ rating: 4, noteCount: 1 });
    const a = await as('candidateA');
    const exported = await a.account.exportData();
    expect(JSON.stringify(exported)).not.toContain('Great welds');
    expect(JSON.stringify(await a.application.get({ id: application.id }))).not.toContain('Great welds');
    expect(exported.applications[0]).toMatchObject({ title: 'Welder', company: 'Company X', status: 'submitted' });
    expect((exported.applications[0]!.events as { to_status: string }[]).map((e) => e.to_status)).toEqual(['submitted']);
    await x.pipeline.deleteNote({ id: application.id, noteId: note.id });
    expect((await x.pipeline.applicant({ id: application.id })).notes).toEqual([]);
  });

  it("serves the resume file to the company the candidate applied to, and to nobody else's", async () => {
    const { world, application, resumeId, candidateId } = await applied();
    const get = (who: keyof World['users'], id = resumeId) => fetch(`${base}/api/resumes/${id}/file`, { headers: { authorization: `Bearer ${world.users[who].token}` } });
    const x = await get('recruiterX');
    expect(x.status).toBe(200);
    expect(x.headers.get('content-disposition')).toMatch(/^attachment/);
    expect((await get('recruiterY')).status).toBe(404);
    expect((await get('candidateB')).status).toBe(404);
    expect((await get('candidateA')).status).toBe(200);
    const unsent = await resumeFor(await candidateId('candidateA'));
    expect((await get('recruiterX', unsent)).status).toBe(404);
    expect(application.resume?.id).toBe(resumeId);
  });

  it('screens blind until the chosen stage: no name, contact, links, schools or resume file in any answer, then all of it', async () => {
    const { db, world, job, application, resumeId, x, candidateId } = await applied();
    await db
      .updateTable('candidates')
      .set({ phone: '+44 20 7946 0000', links: JSON.stringify([{ kind: 'linkedin', url: 'https://www.linkedin.com/in/cara' }]), education: JSON.stringify([{ institution: 'Leeds College of Building' }]) })
      .where('id', '=', await candidateId('candidateA'))
      .execute();
    const updated = await x.jobEditor.update({ id: job.id, blindUntil: 'interview' });
    expect(updated.blindUntil).toBe('interview');
    const file = () => fetch(`${base}/api/resumes/${resumeId}/file`, { headers: { authorization: `Bearer ${world.users.recruiterX.token}` } });

    const hiddenName = /^Applicant [0-9A-F]{6}$/;
    const detail = await x.pipeline.applicant({ id: application.id });
    expect(detail.identityHiddenUntil).toBe('interview');
    expect(detail.candidate).toMatchObject({ candidateId: null, lastName: '', email: null, phone: null, links: [] });
    expect(detail.candidate.firstName).toMatch(hiddenName);
    expect(detail.candidate.education.map((e) => e.institution)).toEqual(['A school (hidden)']);
    expect(detail.resume).toBeNull();
    const everything = JSON.stringify([
      detail,
      await x.pipeline.applicants({ id: job.id }),
      await x.pipeline.board({ id: job.id }),
      await x.pipeline.companyApplicants({}),
    ]);
    for (const secret of [world.users.candidateA.email, 'candidateA', '7946', 'linkedin.com/in/cara', 'Leeds College', await candidateId('candidateA')]) {
      expect(everything, secret).not.toContain(secret);
    }
    expect((await x.pipeline.applicants({ id: job.id })).items[0]).toMatchObject({ identityHidden: true, candidate: { id: null } });
    expect((await file()).status).toBe(404);
    // The candidate's own view is untouched.
    expect((await (await api.current.call({ token: world.users.candidateA.token })).application.get({ id: application.id })).resume?.id).toBe(resumeId);

    await x.pipeline.move({ id: application.id, to: 'screening' });
    expect((await x.pipeline.applicant({ id: application.id })).identityHiddenUntil).toBe('interview');
    await x.pipeline.move({ id: application.id, to: 'interview' });
    const shown = await x.pipeline.applicant({ id: application.id });
    expect(shown).toMatchObject({ identityHiddenUntil: null, candidate: { firstName: 'candidateA', email: world.users.candidateA.email, phone: '+44 20 7946 0000' } });
    expect(shown.resume?.id).toBe(resumeId);
    expect((await file()).status).toBe(200);

    const wrong = await failure(x.jobEditor.update({ id: job.id, blindUntil: 'rejected' as never }));
    expect(wrong.code).toBe('BAD_REQUEST');
  });

  it("keeps a deleted candidate's application for the company, anonymised, with its history", async () => {
    const { application, x, as, job } = await applied();
    await x.pipeline.move({ id: application.id, to: 'screening' });
    await (await as('candidateA')).account.delete({ password: WORLD_PASSWORD });
    const list = await x.pipeline.applicants({ id: job.id });
    expect(list.items.map((r) => [r.candidate.name, r.status])).toEqual([['Deleted user', 'screening']]);
    const detail = await x.pipeline.applicant({ id: application.id });
    expect(detail.candidate.email).toBeNull();
    expect(detail.coverLetter).toBeNull();
    expect(detail.history.map((h) => h.to)).toEqual(['submitted', 'screening']);
  });

  it('hints at a duplicate applicant: the same phone number under another account', async () => {
    const { db, job, x, application, candidateId } = await applied();
    await db.updateTable('candidates').set({ phone: '+1 555 0199' }).where('id', 'in', [await candidateId('candidateA'), await candidateId('candidateB')]).execute();
    const bResume = await resumeFor(await candidateId('candidateB'));
    const bApp = await db.insertInto('applications').values({ candidate_id: await candidateId('candidateB'), job_id: job.id, resume_id: bResume }).returning('id').executeTakeFirstOrThrow();
    const detail = await x.pipeline.applicant({ id: application.id });
    expect(detail.duplicates).toEqual([{ applicationId: bApp.id, jobTitle: 'Welder', name: 'candidateB Person', why: 'same phone number' }]);
  });
});
