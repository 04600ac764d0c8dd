// The skills taxonomy as people use it: autocomplete that puts the obvious skill first (short names before ESCO's
// long competences), a skill's place in the taxonomy, the implies closure matching follows, and skills users
// add — usable at once by whoever added them, reviewed by an admin.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { failure, useApi } from '../../../test/helpers.ts';
import { buildWorld } from '../../../test/world.ts';
import { impliedSkillsOf } from './service.ts';

const api = useApi();

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const as = (who: 'candidateA' | 'candidateB' | 'recruiterX' | 'recruiterY' | 'admin' | 'anonymous') =>
    api.current.call({ token: who === 'anonymous' ? undefined : world.users[who].token });
  return { db, world, as };
}

describe('autocomplete', () => {
  it.each([
    ['js', 'JavaScript'],
    ['react', 'React'],
    ['postgres', 'PostgreSQL'],
    ['llvm', 'LLVM'],
    ['compil', 'compilers'],
    ['k8s', 'Kubernetes'],
    ['typescrpt', 'TypeScript'],
    ['wasm', 'WebAssembly'],
  ])('"%s" offers %s first', async (q, first) => {
    const { as } = await setUp();
    const found = await (await as('anonymous')).skill.search({ q });
    expect(found[0]?.name).toBe(first);
  });

  it('puts short skill names above long competences, and says which is which', async () => {
    const { as } = await setUp();
    const found = await (await as('anonymous')).skill.search({ q: 'compil', limit: 20 });
    const names = found.map((s) => s.name);
    expect(names.indexOf('compilers')).toBeLessThan(names.indexOf('compile wine lists'));
    expect(found.find((s) => s.name === 'compile wine lists')?.kind).toBe('competence');
    expect(found.find((s) => s.name === 'compilers')?.kind).toBe('skill');
  });
});

describe('a skill in the taxonomy', () => {
  it('has its parents, what it implies (transitively) and what is related', async () => {
    const { as } = await setUp();
    const next = await (await as('anonymous')).skill.get({ slug: 'next-js' });
    expect(next.name).toBe('Next.js');
    expect(next.implies.map((s) => s.name)).toEqual(expect.arrayContaining(['React', 'JavaScript']));
    const llvm = await (await as('anonymous')).skill.get({ slug: 'llvm' });
    expect(llvm.implies.map((s) => s.name)).toContain('compilers');
    expect(llvm.related.map((s) => s.name)).toEqual(expect.arrayContaining(['Clang']));
    const ts = await (await as('anonymous')).skill.get({ slug: 'typescript' });
    expect(ts.parents.length).toBeGreaterThan(0);
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const { as } = await setUp();
    expect((await failure((await as('anonymous')).skill.get({ slug: 'no-such-skill' }))).code).toBe('NOT_FOUND');
  });

  it('follows implies for many skills in one query', async () => {
    const { db } = await setUp();
    const ids = await db.selectFrom('skills').select(['id', 'slug']).where('slug', 'in', ['next-js', 'react', 'javascript', 'typescript', 'docker']).execute();
    const id = (slug: string) => ids.find((s) => s.slug === slug)!.id;
    const closure = await impliedSkillsOf(db, ids.map((s) => s.id));
    expect(closure.get(id('next-js'))).toEqual(expect.arrayContaining([id('react'), id('javascript')]));
    expect(closure.get(id('react'))).toContain(id('javascript'));
    expect(closure.get(id('typescript'))).toContain(id('javascript'));
    expect(closure.get(id('javascript'))).not.toContain(id('javascript'));
    expect((await impliedSkillsOf(db, [])).size).toBe(0);
  });
});

describe('skills users add', () => {
  it('answers the existing skill for a name or alias the taxonomy has', async () => {
    const { as } = await setUp();
    const result = await (await as('candidateA')).skill.suggest({ name: 'reactjs' });
    expect(result).toMatchObject({ name: 'React', created: false, pending: false });
  });

  it('is pending, usable at once by its creator in a job, hidden from others until approved', async () => {
    const { as, db } = await setUp();
    const x = await as('recruiterX');
    const added = await x.skill.suggest({ name: 'Zig comptime' });
    expect(added).toMatchObject({ created: true, pending: true, name: 'Zig comptime' });
    expect((await x.skill.search({ q: 'zig comp' }))[0]).toMatchObject({ slug: added.slug, pending: true });
    const slugsFor = async (who: 'candidateA' | 'anonymous') => (await (await as(who)).skill.search({ q: 'zig comp' })).map((s) => s.slug);
    expect(await slugsFor('candidateA')).not.toContain(added.slug);
    expect(await slugsFor('anonymous')).not.toContain(added.slug);
    // The creator uses it in a job at once; someone else cannot.
    const job = await x.jobEditor.create({ title: 'Systems dev', skills: [{ slug: added.slug, requirement: 'required' }] });
    expect(job.skills.map((s) => s.slug)).toEqual([added.slug]);
    const y = await as('recruiterY');
    expect((await failure(y.jobEditor.create({ title: 'Copy', skills: [{ slug: added.slug, requirement: 'required' }] }))).code).toBe('BAD_REQUEST');
    // Another candidate cannot add the same name twice while it waits.
    expect((await failure((await as('candidateA')).skill.suggest({ name: 'zig  COMPTIME' }))).code).toBe('CONFLICT');

    const admin = await as('admin');
    const pending = await admin.admin.skills.pending();
    expect(pending).toEqual([expect.objectContaining({ slug: added.slug, usedByJobs: 1, usedByProfiles: 0, suggestedByRole: 'recruiter' })]);
    await admin.admin.skills.approve({ id: pending[0]!.id });
    expect((await (await as('candidateA')).skill.search({ q: 'zig comp' }))[0]).toMatchObject({ slug: added.slug, pending: false });
    expect(await admin.admin.skills.pending()).toEqual([]);
    const audit = await db.selectFrom('audit_log').select('action').where('action', 'like', 'skill.%').orderBy('created_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['skill.suggested', 'skill.approved']);
  });

  it('merges a duplicate into the skill it names: jobs move there and the name becomes an alias', async () => {
    const { as, db } = await setUp();
    const x = await as('recruiterX');
    const added = await x.skill.suggest({ name: 'Kubernetes operators dev' });
    const job = await x.jobEditor.create({ title: 'Platform', skills: [{ slug: added.slug, requirement: 'required' }] });
    const admin = await as('admin');
    const [pending] = await admin.admin.skills.pending();
    const before = await db.selectFrom('skills').select('aliases').where('slug', '=', 'kubernetes').executeTakeFirstOrThrow();
    try {
      expect(await admin.admin.skills.reject({ id: pending!.id, mergeInto: 'kubernetes' })).toEqual({ status: 'merged', mergedInto: 'kubernetes' });
      const moved = await x.jobEditor.get({ id: job.id });
      expect(moved.skills.map((s) => s.slug)).toEqual(['kubernetes']);
      expect((await x.skill.search({ q: 'kubernetes operators dev' }))[0]?.slug).toBe('kubernetes');
    } finally {
      // The taxonomy outlives each test: put its aliases back.
      await sql`UPDATE skills SET aliases = ${before.aliases} WHERE slug = 'kubernetes'`.execute(db);
    }
  });

  it('rejects without merging: out of autocomplete; a wrong merge target is a field error', async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    const added = await a.skill.suggest({ name: 'Spreadsheet wizardry' });
    const admin = await as('admin');
    const [pending] = await admin.admin.skills.pending();
    const wrong = await failure(admin.admin.skills.reject({ id: pending!.id, mergeInto: 'no-such-skill' }));
    expect(wrong.code).toBe('BAD_REQUEST');
    expect(await admin.admin.skills.reject({ id: pending!.id })).toEqual({ status: 'rejected', mergedInto: null });
    expect((await a.skill.search({ q: 'spreadsheet wiz' })).map((s) => s.slug)).not.toContain(added.slug);
    expect((await failure(admin.admin.skills.approve({ id: pending!.id }))).code).toBe('NOT_FOUND');
    expect(added.created).toBe(true);
  });

  it.each([
    ['', 'Write the skill.'],
    ['a'.repeat(61), 'A skill name has at most 60 characters.'],
    ['<script>', 'Use letters, digits, spaces and . + # / & \' - only.'],
    ['I know how to do many different things well', 'A skill is a few words, not a sentence.'],
  ])('refuses the name %j', async (name, message) => {
    const { as } = await setUp();
    const error = await failure((await as('candidateA')).skill.suggest({ name }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(error.cause)).toContain(message.replace(/'/g, "'"));
  });

  it('is for candidates and recruiters, rate limited per account', async () => {
    const { as } = await setUp();
    expect((await failure((await as('anonymous')).skill.suggest({ name: 'Anything' }))).code).toBe('UNAUTHORIZED');
    expect((await failure((await as('admin')).skill.suggest({ name: 'Anything' }))).code).toBe('FORBIDDEN');
    const b = await as('candidateB');
    for (let i = 0; i < 20; i++) await b.skill.suggest({ name: `Made up skill ${String.fromCharCode(97 + i)}` });
    expect((await failure(b.skill.suggest({ name: 'One too many' }))).code).toBe('TOO_MANY_REQUESTS');
  });
});
