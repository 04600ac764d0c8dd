// Profiles as a candidate edits them and a recruiter reads them: partial updates, the skill list by slug (an
// unknown slug is a field error naming it), field errors from the shared schema, completeness and visibility.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../../test/helpers.ts';
import { buildWorld } from '../../../test/world.ts';
import { completenessOf, type Profile } from './service.ts';

const api = useApi();

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
  const as = (who: 'candidateA' | 'candidateB' | 'recruiterX' | 'admin') => api.current.call({ token: world.users[who].token });
  const candidateId = async (who: 'candidateA' | 'candidateB') =>
    (await db.selectFrom('candidates').select('id').where('user_id', '=', world.users[who].id).executeTakeFirstOrThrow()).id;
  return { db, world, as, candidateId };
}

const experience = { title: 'Welder', company: 'Acme', start: '2019-03', current: true, bullets: ['Cut 20% of rework'] };

describe('profile: the candidate’s own', () => {
  it('starts nearly empty, with completeness listing what matters most for matching first', async () => {
    const { as } = await setUp();
    const profile = await (await as('candidateA')).profile.get();
    expect(profile).toMatchObject({ firstName: 'candidateA', lastName: 'Person', experience: [], skills: [], visibility: 'recruiters_only' });
    expect(profile.completeness.percent).toBe(0);
    expect(profile.completeness.missing.slice(0, 4).map((m: { field: string }) => m.field)).toEqual(['skills', 'experience', 'headline', 'location']);
    expect(profile.completeness.missing.every((m: { why: string }) => m.why.length > 0)).toBe(true);
  });

  it('changes only the fields given, skills included, and answers the new profile', async () => {
    const { as, db } = await setUp();
    const a = await as('candidateA');
    await a.profile.update({ headline: 'Welder', location: 'Leeds', phone: '+44 113 496 0000' });
    const profile = await a.profile.update({
      experience: [experience],
      languages: ['English', 'Polish'],
      links: [{ kind: 'github', url: 'https://github.com/someone' }],
      skills: [
        { slug: 'python', proficiency: 4, years: 3.5 },
        { slug: 'sql', proficiency: null, years: null },
      ],
    });
    expect(profile).toMatchObject({ headline: 'Welder', location: 'Leeds', phone: '+44 113 496 0000', languages: ['English', 'Polish'] });
    expect(profile.experience).toEqual([{ ...experience, location: null, end: null }]);
    expect(profile.skills.map((s: { slug: string; proficiency: number | null; years: number | null; source: string }) => [s.slug, s.proficiency, s.years, s.source])).toEqual([
      ['python', 4, 3.5, 'self'],
      ['sql', null, null, 'self'],
    ]);
    expect(profile.completeness.parts.find((p: { part: string }) => p.part === 'experience')?.done).toBe(true);
    // Replacing the list: a skill left out is gone, one kept from a resume keeps its source.
    await db.updateTable('candidate_skills').set({ source: 'resume' }).execute();
    const replaced = await a.profile.update({ skills: [{ slug: 'sql', proficiency: 2 }] });
    expect(replaced.skills.map((s: { slug: string; proficiency: number | null; source: string }) => [s.slug, s.proficiency, s.source])).toEqual([['sql', 2, 'resume']]);
    const audit = await db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'profile.updated').execute();
    expect(audit).toHaveLength(3);
  });

  it('refuses an unknown skill by naming it, and changes nothing else of that update', async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    const error = await errorOf(a.profile.update({ headline: 'Should not stay', skills: [{ slug: 'python' }, { slug: 'no-such-skill' }] }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('no-such-skill');
    const profile = await a.profile.get();
    expect(profile.headline).toBeNull();
    expect(profile.skills).toEqual([]);
  });

  it.each([
    [{ firstName: '' }, 'firstName'],
    [{ salaryMin: 90_000, salaryMax: 50_000 }, 'salaryMax'],
    [{ experience: [{ ...experience, end: '2020-01' }] }, 'experience.0.end'],
    [{ links: [{ kind: 'website', url: 'javascript:alert(1)' }] }, 'links.0.url'],
    [{ skills: [{ slug: 'python' }, { slug: 'python' }] }, 'skills'],
    [{ email: 'x@y.example' }, 'email'],
  ] as const)('names the field of a bad value: %j', async (input, field) => {
    const { as } = await setUp();
    const error = await errorOf((await as('candidateA')).profile.update(input as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(field.split('.')[0]!);
  });

  it('checks the salary range against the stored bound when only one is sent', async () => {
    const { as } = await setUp();
    const a = await as('candidateA');
    await a.profile.update({ salaryMin: 50_000 });
    const error = await errorOf(a.profile.update({ salaryMax: 40_000 }));
    expect(error.message).toContain('salaryMax');
  });
});

describe('profile: as recruiters see it', () => {
  it('shows a visible profile without contact details or salary, and hides a hidden one', async () => {
    const { as, candidateId } = await setUp();
    const a = await as('candidateA');
    await a.profile.update({ headline: 'Welder', phone: '+44 113 496 0000', salaryMin: 40_000, skills: [{ slug: 'python' }], visibility: 'public' });
    const id = await candidateId('candidateA');
    const seen = await (await as('recruiterX')).profile.byId({ candidateId: id });
    expect(seen).toMatchObject({ candidateId: id, headline: 'Welder', skills: [{ slug: 'python' }] });
    expect(Object.keys(seen)).not.toEqual(expect.arrayContaining(['phone']));
    expect(JSON.stringify(seen)).not.toMatch(/496 0000|40000|salary|visibility/);
    await a.profile.update({ visibility: 'hidden' });
    expect((await errorOf((await as('recruiterX')).profile.byId({ candidateId: id }))).code).toBe('NOT_FOUND');
    expect((await errorOf((await as('admin')).profile.byId({ candidateId: id }))).code).toBe('NOT_FOUND');
  });
});

describe('completenessOf', () => {
  const empty = {
    candidateId: '',
    firstName: '',
    lastName: '',
    headline: null,
    summary: null,
    phone: null,
    location: null,
    remotePreference: 'any',
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    availability: null,
    yearsExperience: null,
    visibility: 'public',
    experience: [],
    education: [],
    languages: [],
    certifications: [],
    links: [],
    skills: [],
  } as unknown as Profile;
  const many = (n: number) => Array.from({ length: n }, () => ({})) as never[];
  it.each([
    [{}, 0],
    [{ skills: many(2) }, 0],
    [{ skills: many(3) }, 25],
    [{ skills: many(3), experience: many(1), headline: 'x', location: 'y' }, 65],
    [{ headline: '' }, 0],
    [
      {
        headline: 'h', summary: 's', location: 'l', yearsExperience: 0, salaryMax: 1,
        experience: many(1), education: many(1), languages: many(1), links: many(1), certifications: many(1), skills: many(3),
      },
      100,
    ],
  ] as [Partial<Profile>, number][])('%j is %i%%', (values, percent) => {
    const result = completenessOf({ ...empty, ...values });
    expect(result.percent).toBe(percent);
    expect(result.score).toBe(percent);
    expect(result.parts.reduce((sum, p) => sum + p.weight, 0)).toBe(100);
    expect(result.missing.map((m) => m.field)).toEqual(result.parts.filter((p) => !p.done).map((p) => p.part));
  });
});
