// The job editor as a company's recruiters use it: drafts, the lifecycle with its rules, what publishing needs,
// safe rich text, skills and screening questions, and no reach into another company's jobs.
import type { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { makeJob } from '@hotgigs/db/fixtures';
import { seedDemo } from '@hotgigs/db/seed';
import type { JobAction, JobStatus } from '@hotgigs/shared';
import superjson from 'superjson';
import { sanitizeJobDescription } from './description.ts';
import { failure, shownMessage, useApi } from '../../../test/helpers.ts';
import { buildWorld } from '../../../test/world.ts';

const api = useApi();
const DAY = 86_400_000;

/** The field errors a form would show, as the error formatter sends them. */
function fieldErrorsOf(error: TRPCError): Record<string, string[] | undefined> {
  const cause = error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  const fields: Record<string, string[]> = {};
  for (const issue of cause?.issues ?? []) (fields[String(issue.path[0])] ??= []).push(issue.message);
  return fields;
}

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const as = (who: 'recruiterX' | 'recruiterY' | 'admin' | 'candidateA' | 'anonymous') =>
    api.current.call({ token: who === 'anonymous' ? undefined : world.users[who].token });
  return { db, world, as, x: await as('recruiterX') };
}

const publishable = {
  title: 'Welder',
  description: '<p>Join our <strong>workshop</strong>.</p>',
  requirements: '- 2 years of welding',
  location: 'Leeds, UK',
  remote: 'onsite' as const,
  employmentType: 'full_time' as const,
  experienceLevel: 'mid' as const,
  salaryMin: 30000,
  salaryMax: 38000,
  salaryCurrency: 'gbp',
  salaryPeriod: 'year' as const,
};

describe('jobEditor lifecycle', () => {
  it('takes a job from draft to published, paused, published again and closed, dating each step', async () => {
    const { db, x } = await setUp();
    const clock = api.current.clock;
    const draft = await x.jobEditor.create(publishable);
    expect(draft).toMatchObject({ status: 'draft', allowedActions: ['publish', 'close'], editable: true, publishedAt: null, salaryCurrency: 'GBP' });

    const published = await x.jobEditor.transition({ id: draft.id, action: 'publish' });
    expect(published).toMatchObject({ status: 'published', publishedAt: clock.now(), allowedActions: ['pause', 'close'] });
    const firstPublished = clock.now();

    clock.advance(DAY);
    expect(await x.jobEditor.transition({ id: draft.id, action: 'pause' })).toMatchObject({ status: 'paused', allowedActions: ['resume', 'close'] });
    clock.advance(DAY);
    // Resuming keeps the date of the first publication.
    expect(await x.jobEditor.transition({ id: draft.id, action: 'resume' })).toMatchObject({ status: 'published', publishedAt: firstPublished });
    clock.advance(DAY);
    const closed = await x.jobEditor.transition({ id: draft.id, action: 'close' });
    expect(closed).toMatchObject({ status: 'closed', closedAt: clock.now(), allowedActions: [], editable: false });

    const audit = await db.selectFrom('audit_log').select(['action', 'details']).where('target_id', '=', draft.id).orderBy('at').orderBy('id').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['job.closed', 'job.created', 'job.paused', 'job.published', 'job.resumed']);
    expect(audit.find((a) => a.action === 'job.published')?.details).toEqual({ from: 'draft', to: 'published' });
  });

  const illegal: [JobStatus, JobAction, RegExp][] = [
    ['draft', 'pause', /A draft job cannot be paused\. Possible now: publish, close\./],
    ['draft', 'resume', /A draft job cannot be resumed/],
    ['published', 'publish', /A published job cannot be published\. Possible now: pause, close\./],
    ['published', 'resume', /A published job cannot be resumed/],
    ['paused', 'publish', /A paused job cannot be published\. Possible now: resume, close\./],
    ['paused', 'pause', /A paused job cannot be paused/],
    ['closed', 'publish', /A closed job cannot be published\. Nothing more can be done with it\./],
    ['closed', 'resume', /A closed job cannot be resumed/],
    ['closed', 'close', /A closed job cannot be closed/],
    ['expired', 'publish', /An? expired job cannot be published\. Possible now: close\./],
    ['expired', 'resume', /expired job cannot be resumed/],
  ];
  it.each(illegal)('refuses to move a %s job with "%s", saying what is possible', async (status, action, message) => {
    const { db, world, x } = await setUp();
    const job = await makeJob(db, { company_id: world.companies.X, status, published_at: status === 'draft' ? null : new Date() });
    const error = await failure(x.jobEditor.transition({ id: job.id, action }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(message);
    expect((await db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status).toBe(status);
  });

  it('treats a live job past its deadline as expired before the sweep has run: only closing is possible', async () => {
    const { db, world, x } = await setUp();
    const now = api.current.clock.now();
    const job = await makeJob(db, { company_id: world.companies.X, deadline: new Date(now.getTime() - 1000), published_at: new Date(now.getTime() - DAY) });
    expect(await x.jobEditor.get({ id: job.id })).toMatchObject({ status: 'expired', allowedActions: ['close'], editable: false });
    expect((await failure(x.jobEditor.transition({ id: job.id, action: 'pause' }))).code).toBe('BAD_REQUEST');
    expect((await failure(x.jobEditor.update({ id: job.id, title: 'Later' }))).message).toMatch(/This job is expired: its content can no longer be changed/);
    expect(await x.jobEditor.transition({ id: job.id, action: 'close' })).toMatchObject({ status: 'closed' });
  });
});

describe('publishing', () => {
  it('needs a title, a description and a deadline in the future, each named as a field to fix', async () => {
    const { x } = await setUp();
    const now = api.current.clock.now();
    const empty = await x.jobEditor.create({});
    expect(empty).toMatchObject({ title: '', description: '', status: 'draft' });
    const error = await failure(x.jobEditor.transition({ id: empty.id, action: 'publish' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error)).toEqual({
      title: ['Give the job a title before publishing it.'],
      description: ['Describe the job before publishing it.'],
    });

    // Markup without words is no description.
    const late = await x.jobEditor.create({ ...publishable, description: '<p> </p><ul></ul>', deadline: new Date(now.getTime() - DAY) });
    const lateError = await failure(x.jobEditor.transition({ id: late.id, action: 'publish' }));
    expect(Object.keys(fieldErrorsOf(lateError)).sort()).toEqual(['deadline', 'description']);
    expect(lateError.message).toContain('deadline: The deadline has passed: move it to a future date, or remove it.');

    const fixed = await x.jobEditor.update({ id: late.id, description: publishable.description, deadline: new Date(now.getTime() + 30 * DAY) });
    expect(fixed.deadline).toEqual(new Date(now.getTime() + 30 * DAY));
    expect(await x.jobEditor.transition({ id: late.id, action: 'publish' })).toMatchObject({ status: 'published' });
  });

  it('keeps a live job publishable: an edit cannot empty its title or move its deadline into the past', async () => {
    const { x } = await setUp();
    const job = await x.jobEditor.create(publishable);
    await x.jobEditor.transition({ id: job.id, action: 'publish' });
    const untitled = await failure(x.jobEditor.update({ id: job.id, title: '   ' }));
    expect(fieldErrorsOf(untitled)).toEqual({ title: ['Give the job a title before publishing it.'] });
    const past = await failure(x.jobEditor.update({ id: job.id, deadline: new Date(api.current.clock.now().getTime() - 1) }));
    expect(Object.keys(fieldErrorsOf(past))).toEqual(['deadline']);
    // A draft may be saved half-done.
    const draft = await x.jobEditor.create({ title: 'Half done' });
    expect(await x.jobEditor.update({ id: draft.id, title: '' })).toMatchObject({ title: '' });
  });

  it('shows drafts, paused and closed jobs to nobody outside the company, and a published one to everyone', async () => {
    const { as, x } = await setUp();
    // Public listing compares deadlines with the database's clock: the test clock follows it here.
    api.current.clock.current = new Date();
    const anonymous = await as('anonymous');
    const candidate = await as('candidateA');
    const job = await x.jobEditor.create(publishable);
    const publicly = async () => {
      const seen = await Promise.all([anonymous, candidate].map((c) => c.job.byId({ id: job.id }).then(() => true, () => false)));
      const listed = (await anonymous.job.list({ page: 1, limit: 100 })).items.some((j) => j.id === job.id);
      return [...seen, listed];
    };
    expect(await publicly()).toEqual([false, false, false]);
    await x.jobEditor.transition({ id: job.id, action: 'publish' });
    expect(await publicly()).toEqual([true, true, true]);
    await x.jobEditor.transition({ id: job.id, action: 'pause' });
    expect(await publicly()).toEqual([false, false, false]);
    await x.jobEditor.transition({ id: job.id, action: 'close' });
    expect(await publicly()).toEqual([false, false, false]);
    expect(await x.jobEditor.get({ id: job.id })).toMatchObject({ status: 'closed' });
  });
});

describe('ownership', () => {
  it("answers NOT_FOUND to another company's recruiter for every operation on a job, and changes nothing", async () => {
    const { db, world, as } = await setUp();
    const y = await as('recruiterY');
    const id = world.jobs.draftX;
    for (const attempt of [
      () => y.jobEditor.get({ id }),
      () => y.jobEditor.update({ id, title: 'Hijacked' }),
      () => y.jobEditor.transition({ id, action: 'close' }),
      () => y.jobEditor.delete({ id }),
    ]) {
      const error = await failure(attempt());
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toBe('This job does not exist or belongs to another company.');
    }
    expect(await db.selectFrom('jobs').select(['title', 'status']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ title: 'draft job', status: 'draft' });
  });

  it("lets an admin open and close any company's job, audited as the admin, but not create one", async () => {
    const { db, world, as } = await setUp();
    const admin = await as('admin');
    expect(await admin.jobEditor.get({ id: world.jobs.publishedX })).toMatchObject({ status: 'published', company: { id: world.companies.X } });
    await admin.jobEditor.transition({ id: world.jobs.publishedX, action: 'close' });
    const entry = await db.selectFrom('audit_log').select('actor_id').where('action', '=', 'job.closed').executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(world.users.admin.id);
    expect((await failure(admin.jobEditor.create({ title: 'x' }))).code).toBe('FORBIDDEN');
    expect((await failure(admin.jobEditor.mine({ page: 1, limit: 20 }))).code).toBe('FORBIDDEN');
  });
});

describe('jobEditor.mine', () => {
  it("lists the company's jobs, newest change first, with counts per status and a status filter", async () => {
    const { db, world, x } = await setUp();
    const now = api.current.clock.now();
    await makeJob(db, { company_id: world.companies.X, title: 'Paused', status: 'paused' });
    await makeJob(db, { company_id: world.companies.X, title: 'Past deadline', deadline: new Date(now.getTime() - DAY) });
    await makeJob(db, { company_id: world.companies.Y, title: 'Not ours' });
    const newest = await x.jobEditor.create({ title: 'Newest' });

    const all = await x.jobEditor.mine({ page: 1, limit: 20 });
    expect(all.counts).toEqual({ draft: 2, published: 1, paused: 1, closed: 0, expired: 1 });
    expect(all.pagination).toEqual({ page: 1, limit: 20, totalCount: 5, totalPages: 1 });
    expect(all.items[0]).toMatchObject({ id: newest.id, status: 'draft', allowedActions: ['publish', 'close'] });
    expect(all.items.map((j) => j.title)).not.toContain('Not ours');

    const drafts = await x.jobEditor.mine({ status: 'draft', page: 1, limit: 1 });
    expect(drafts.items).toHaveLength(1);
    expect(drafts.pagination).toEqual({ page: 1, limit: 1, totalCount: 2, totalPages: 2 });
    expect((await x.jobEditor.mine({ status: 'expired', page: 1, limit: 20 })).items.map((j) => j.title)).toEqual(['Past deadline']);
  });
});

describe('deleting', () => {
  it('deletes a draft (audited) and refuses anything else, pointing at closing instead', async () => {
    const { db, world, x } = await setUp();
    expect(await x.jobEditor.delete({ id: world.jobs.draftX })).toEqual({ id: world.jobs.draftX, status: 'deleted' });
    expect(await db.selectFrom('jobs').select('id').where('id', '=', world.jobs.draftX).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('audit_log').select('action').where('target_id', '=', world.jobs.draftX).execute()).toEqual([{ action: 'job.deleted' }]);
    const error = await failure(x.jobEditor.delete({ id: world.jobs.publishedX }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toBe('Only drafts can be deleted; this job is published. Close it instead.');
  });
});

describe('rich text descriptions', () => {
  it('keeps the allowed subset and strips scripts, handlers, styles and unsafe links, on write and in the public output', async () => {
    const { x, as } = await setUp();
    api.current.clock.current = new Date();
    const job = await x.jobEditor.create({
      ...publishable,
      description:
        '<h1>About</h1><p onclick="steal()">We <b>build</b> <em>ships</em>.<script>alert(1)</script></p>' +
        '<ul><li>One</li></ul><img src=x onerror="alert(2)"><style>p{}</style>' +
        '<p><a href="https://example.com/a" target="_blank" onmouseover="x()">site</a> <a href="javascript:alert(3)">click</a></p>',
    });
    const expected =
      '<h3>About</h3><p>We <b>build</b> <em>ships</em>.</p><ul><li>One</li></ul>' +
      '<p><a href="https://example.com/a" rel="nofollow noopener">site</a> click</p>';
    expect(job.description).toBe(expected);
    await x.jobEditor.transition({ id: job.id, action: 'publish' });
    const shown = await (await as('anonymous')).job.byId({ id: job.id });
    expect(shown.descriptionHtml).toBe(expected);
  });

  it('turns plain text into paragraphs and lists, escaping what looks like markup', () => {
    expect(sanitizeJobDescription('Hello & welcome <team>\n\nYou will:\n- weld\n- grind')).toBe(
      '<p>Hello &amp; welcome &lt;team&gt;</p>\n<p>You will:</p>\n<ul><li>weld</li><li>grind</li></ul>',
    );
  });

  it('leaves the demo seeder’s descriptions exactly as they are: they are already in the allowed subset', async () => {
    const { db } = api.current.services;
    await seedDemo(db, { jobs: 40, now: new Date('2026-06-01T00:00:00Z') });
    const jobs = await db.selectFrom('jobs').select('description').execute();
    expect(jobs).toHaveLength(40);
    for (const { description } of jobs) {
      expect(description).toMatch(/^<p>.*<\/p>\n\n<p>/s);
      expect(description).toContain('<ul>');
      expect(sanitizeJobDescription(description)).toBe(description);
    }
  });
});

describe('skills', () => {
  it("replaces the job's skills with the ones given, in one go", async () => {
    const { db, x } = await setUp();
    const job = await x.jobEditor.create({
      title: 'Frontend developer',
      skills: [
        { slug: 'javascript', requirement: 'required', yearsRequired: 3 },
        { slug: 'python', requirement: 'nice_to_have' },
      ],
    });
    expect(job.skills).toEqual([
      { slug: 'javascript', name: 'JavaScript', category: expect.any(String), requirement: 'required', yearsRequired: 3 },
      { slug: 'python', name: 'Python', category: expect.any(String), requirement: 'nice_to_have', yearsRequired: null },
    ]);
    const updated = await x.jobEditor.update({ id: job.id, skills: [{ slug: 'react', requirement: 'preferred' }] });
    expect(updated.skills.map((s) => [s.slug, s.requirement])).toEqual([['react', 'preferred']]);
    // The search vector follows (the trigger re-reads the skills).
    const vector = await db.selectFrom('jobs').select('search_vector').where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(vector.search_vector).toContain("'react'");
    expect(vector.search_vector).not.toContain("'javascript'");
    // An update without `skills` leaves them alone.
    expect((await x.jobEditor.update({ id: job.id, title: 'Frontend engineer' })).skills).toHaveLength(1);
  });

  it('names an unknown skill and keeps the job as it was', async () => {
    const { x } = await setUp();
    const job = await x.jobEditor.create({ title: 'Dev', skills: [{ slug: 'javascript', requirement: 'required' }] });
    const error = await failure(x.jobEditor.update({ id: job.id, title: 'Changed', skills: [{ slug: 'react', requirement: 'required' }, { slug: 'cobolscript-9000', requirement: 'required' }] }));
    expect(fieldErrorsOf(error)).toEqual({ skills: ['Unknown skill "cobolscript-9000": pick skills from the suggestions.'] });
    const unchanged = await x.jobEditor.get({ id: job.id });
    expect(unchanged.title).toBe('Dev');
    expect(unchanged.skills.map((s) => s.slug)).toEqual(['javascript']);
  });

  it.each([
    [[{ slug: 'react' }, { slug: 'React' }], 'The skill "react" is listed twice.'],
    [Array.from({ length: 31 }, (_, i) => ({ slug: `skill-${i}` })), 'At most 30 skills.'],
    [[{ slug: 'react', requirement: 'mandatory' }], 'Pick one of required, preferred, nice_to_have.'],
    [[{ slug: 'react', yearsRequired: 2.5 }], 'Use whole years.'],
    [[{ slug: '../etc' }], 'Not a skill identifier: pick the skill from the list.'],
  ])('rejects skills %#: "%s"', async (skills, message) => {
    const { x } = await setUp();
    const error = await failure(x.jobEditor.create({ title: 'Dev', skills: skills as never }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(shownMessage(error)).toContain(message);
  });
});

describe('screening questions', () => {
  it('stores yes/no, choice and text questions in order, as the apply flow will read them', async () => {
    const { x } = await setUp();
    const questions = [
      { id: 'q1', kind: 'yes_no' as const, prompt: 'Do you hold a UK work permit?', required: true },
      { id: 'q2', kind: 'choice' as const, prompt: 'Which shift?', required: false, choices: ['Early', 'Late', 'Night'] },
      { id: 'q3', kind: 'text' as const, prompt: 'Your favourite weld?', required: false },
    ];
    const job = await x.jobEditor.create({ title: 'Welder', screeningQuestions: questions });
    expect(job.screeningQuestions).toEqual(questions);
    expect((await x.jobEditor.update({ id: job.id, screeningQuestions: [] })).screeningQuestions).toEqual([]);
  });

  it.each([
    [[{ id: 'q1', kind: 'choice', prompt: 'Pick', choices: ['Only one'] }], 'A choice question needs 2 to 10 choices.'],
    [[{ id: 'q1', kind: 'choice', prompt: 'Pick', choices: Array.from({ length: 11 }, (_, i) => `c${i}`) }], 'At most 10 choices.'],
    [[{ id: 'q1', kind: 'choice', prompt: 'Pick', choices: ['Yes', 'yes'] }], 'Each choice must be different.'],
    [[{ id: 'q1', kind: 'yes_no', prompt: 'Sure?', choices: ['a', 'b'] }], 'Only choice questions have choices.'],
    [[{ id: 'q1', kind: 'essay', prompt: 'Write' }], 'Pick one of yes_no, choice, text.'],
    [[{ id: 'q1', kind: 'text', prompt: '' }], 'Write the question.'],
    [[{ id: 'q1', kind: 'text', prompt: 'x'.repeat(501) }], 'Use at most 500 characters.'],
    [[{ id: 'has space', kind: 'text', prompt: 'Why?' }], 'A question id is 1 to 32 letters'],
    [[{ id: 'q1', kind: 'text', prompt: 'A' }, { id: 'q1', kind: 'text', prompt: 'B' }], 'Two questions have the id "q1".'],
    [Array.from({ length: 21 }, (_, i) => ({ id: `q${i}`, kind: 'text', prompt: 'Why?' })), 'At most 20 questions.'],
    [[{ id: 'q1', kind: 'text', prompt: 'Why?', score: 5 }], 'Unrecognized key'],
  ])('rejects screening questions %#: "%s"', async (questions, message) => {
    const { x } = await setUp();
    const error = await failure(x.jobEditor.create({ title: 'Welder', screeningQuestions: questions as never }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(shownMessage(error)).toContain(message);
  });
});

describe('bad input', () => {
  it.each([
    [{ remote: 'moon' }, 'remote: Pick one of onsite, hybrid, remote.'],
    [{ employmentType: 'forever' }, 'employmentType: Pick one of'],
    [{ salaryPeriod: 'week' }, 'salaryPeriod: Pick one of hour, day, month, year.'],
    [{ salaryCurrency: 'EURO' }, 'salaryCurrency: A 3-letter currency code'],
    [{ salaryMin: 50000, salaryMax: 40000 }, 'salaryMin: The minimum salary is above the maximum.'],
    [{ salaryMin: -1 }, 'salaryMin: A salary cannot be negative.'],
    [{ salaryMax: 1.5 }, 'salaryMax: Use a whole amount.'],
    [{ deadline: 'tomorrow' }, 'deadline: Must be a date and time.'],
    [{ status: 'published' }, 'Unrecognized key'],
    [{ companyId: '00000000-0000-4000-8000-000000000000' }, 'Unrecognized key'],
  ])('answers %j with a field error, never a 500: "%s"', async (input, message) => {
    const { x } = await setUp();
    const error = await failure(x.jobEditor.create(input as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(shownMessage(error)).toContain(message);
  });

  it.each([
    ['title', { title: 'x'.repeat(201) }, 'title: Use at most 200 characters.'],
    ['description', { description: 'x'.repeat(20_001) }, 'description: Use at most 20000 characters.'],
    ['requirements', { requirements: 'x'.repeat(10_001) }, 'requirements: Use at most 10000 characters.'],
    ['location', { location: 'x'.repeat(201) }, 'location: Use at most 200 characters.'],
  ])('bounds the %s', async (_field, input, message) => {
    const { x } = await setUp();
    expect(shownMessage(await failure(x.jobEditor.create(input)))).toBe(message);
  });

  it('sends the field errors of a failed publication over HTTP, as forms read them', async () => {
    const { world, x } = await setUp();
    const draft = await x.jobEditor.create({ description: 'Welding.' });
    const res = await api.current.app.inject({
      method: 'POST',
      url: '/trpc/jobEditor.transition',
      headers: { authorization: `Bearer ${world.users.recruiterX.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(superjson.serialize({ id: draft.id, action: 'publish' })),
    });
    expect(res.statusCode).toBe(400);
    const error = superjson.deserialize<{ message: string; data: { fieldErrors?: unknown } }>(res.json().error);
    expect(error.message).toBe('title: Give the job a title before publishing it.');
    expect(error.data.fieldErrors).toEqual({ title: ['Give the job a title before publishing it.'] });
  });

  it('checks the salary range against what is stored when only one end changes', async () => {
    const { x } = await setUp();
    const job = await x.jobEditor.create({ title: 'Welder', salaryMin: 30000, salaryMax: 38000 });
    const error = await failure(x.jobEditor.update({ id: job.id, salaryMin: 40000 }));
    expect(fieldErrorsOf(error)).toEqual({ salaryMin: ['The minimum salary is above the maximum.'] });
    expect(await x.jobEditor.update({ id: job.id, salaryMin: 40000, salaryMax: null })).toMatchObject({ salaryMin: 40000, salaryMax: null });
  });

  it('answers a malformed or unknown job id with BAD_REQUEST or NOT_FOUND', async () => {
    const { x } = await setUp();
    expect((await failure(x.jobEditor.get({ id: 'nope' }))).code).toBe('BAD_REQUEST');
    expect((await failure(x.jobEditor.get({ id: '00000000-0000-4000-8000-000000000000' }))).code).toBe('NOT_FOUND');
    expect(shownMessage(await failure(x.jobEditor.transition({ id: '00000000-0000-4000-8000-000000000000', action: 'reopen' as never })))).toContain(
      'action: Pick one of publish, pause, resume, close.',
    );
  });
});

describe('skill.search', () => {
  it.each([
    ['javascript', 'javascript'],
    ['JavaScript', 'javascript'],
    ['js', 'javascript'],
    ['golang', 'go'],
    ['reac', 'react'],
    ['javscript', 'javascript'],
    ['kubernets', 'kubernetes'],
    ['postgress', 'postgresql'],
  ])('suggests for "%s" first the skill %s', async (q, slug) => {
    const results = await (await api.current.call()).skill.search({ q, limit: 5 });
    expect(results[0]?.slug).toBe(slug);
    expect(results.length).toBeLessThanOrEqual(5);
  });

  it('puts the exact name before names that merely start with it, and takes LIKE wildcards literally', async () => {
    const caller = await api.current.call();
    const java = await caller.skill.search({ q: 'java', limit: 10 });
    expect(java[0]).toEqual({ slug: 'java', name: 'Java', category: expect.any(String), kind: 'skill', pending: false });
    expect(java.map((s) => s.slug)).toContain('javascript');
    expect(await caller.skill.search({ q: '%', limit: 10 })).toEqual([]);
    expect((await failure(caller.skill.search({ q: 'a', limit: 50 }))).code).toBe('BAD_REQUEST');
  });
});
