// Property-based fuzzing of the job, company, saved job and alert procedures: whatever arrives (search syntax
// gone wrong, wrong types, huge values, unknown slugs, forged cursors), the answer is success or a typed client
// error, never an internal error. Search text goes into full-text SQL, so it gets its own generator.
import { fc, it } from '@fast-check/vitest';
import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect } from 'vitest';
import { makeJob } from '@hotgigs/db/fixtures';
import { useApi } from './helpers.ts';
import { buildWorld, type World } from './world.ts';

const api = useApi();
let world: World;
let jobId: string;
beforeEach(async () => {
  world = await buildWorld(api.current.services.db, api.current.clock.now());
  jobId = (await makeJob(api.current.services.db, { company_id: world.companies.X, title: 'Senior Rust Engineer' }, [{ slug: 'rust' }])).id;
});

/** What people and scripts type into a search box, tsquery operators and all. */
const query = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(fc.constantFrom('rust', 'c++', 'c#', '.net', 'node.js', '"', '-', 'OR', ':*', '&', '|', '!', '(', ')', '<->', '\\', "'", 'ö', '日本', ' ', '--', '"data', 'engineer"', '*', '%', '_'), {
      maxLength: 12,
    })
    .map((parts) => parts.join(' ')),
  fc.constantFrom('', ' ', '"', '""', '-', 'OR', 'OR OR', '-"" -', '"a" OR -"b"', ':*', 'a:*b', "'; drop table jobs; --", '\u0000', 'x'.repeat(10_000)),
);
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', 'rust', 'company-x', 'remote', 'full_time', 'senior', 'USD', '<b>x</b>', 'a'.repeat(300)));
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1, 100, 101, 1000, 2 ** 53, Number.NaN));
const value = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(text, { maxLength: 4 }));
const enumList = (...values: string[]) => fc.oneof(fc.array(fc.constantFrom(...values), { maxLength: 4 }), value);

const filters = fc.record(
  {
    q: fc.oneof(query, value),
    location: fc.oneof(text, value),
    includeRemote: value,
    remote: enumList('onsite', 'hybrid', 'remote', 'moon'),
    employmentType: enumList('full_time', 'part_time', 'contract', 'internship', 'gig'),
    experienceLevel: enumList('entry', 'junior', 'mid', 'senior', 'lead', 'god'),
    salaryMin: number,
    salaryMax: number,
    salaryCurrency: fc.oneof(fc.constantFrom('USD', 'EUR', 'usd', 'XXXX'), value),
    skills: enumList('rust', 'python', 'sql', 'no-such-skill'),
    companies: enumList('company-x', 'company-y', 'nobody'),
    postedWithinDays: number,
    extra: value,
  },
  { requiredKeys: [] },
);

/** Objects shaped like the real inputs, with wrong, missing, huge and extra fields. */
const input = fc.oneof(
  fc.anything(),
  fc.record(
    {
      filters: fc.oneof(filters, value),
      sort: fc.oneof(fc.constantFrom('relevance', 'date', 'salary', 'price'), value),
      page: number,
      limit: number,
      cursor: fc.oneof(text, fc.constantFrom('WzEsIjIwMjYtMDEtMDEiLCJ4Il0', Buffer.from('[1,"2026-01-01T00:00:00Z","00000000-0000-0000-0000-000000000000"]').toString('base64url'))),
      facets: value,
      id: fc.oneof(fc.constant('JOB'), fc.uuid(), text),
      slug: text,
      q: query,
      title: fc.oneof(text, query),
      description: fc.oneof(text, fc.constantFrom('<script>alert(1)</script><p>x</p>', '<a href="javascript:x">y</a>')),
      requirements: text,
      location: text,
      remote: text,
      employmentType: text,
      experienceLevel: text,
      salaryMin: number,
      salaryMax: number,
      salaryCurrency: text,
      salaryPeriod: fc.oneof(fc.constantFrom('hour', 'day', 'month', 'year', 'week'), value),
      deadline: fc.oneof(fc.date({ noInvalidDate: false }), text),
      skills: fc.oneof(fc.array(fc.record({ slug: text, requirement: text, yearsRequired: number }, { requiredKeys: [] }), { maxLength: 3 }), value),
      screeningQuestions: fc.oneof(fc.array(fc.record({ prompt: text, kind: text, options: value, required: value }, { requiredKeys: [] }), { maxLength: 3 }), value),
      action: fc.oneof(fc.constantFrom('publish', 'pause', 'resume', 'close', 'explode'), value),
      name: text,
      frequency: fc.oneof(fc.constantFrom('daily', 'weekly', 'hourly'), value),
      active: value,
      website: text,
      size: text,
      status: text,
      extra: value,
    },
    { requiredKeys: [] },
  ),
);

const PROCEDURES = [
  'job.search',
  'job.list',
  'job.byId',
  'jobEditor.mine',
  'jobEditor.get',
  'jobEditor.create',
  'jobEditor.update',
  'jobEditor.transition',
  'jobEditor.delete',
  'skill.search',
  'company.get',
  'company.update',
  'savedJob.save',
  'savedJob.unsave',
  'savedJob.list',
  'alert.create',
  'alert.update',
  'alert.delete',
] as const;

type Actor = 'anonymous' | 'candidateA' | 'recruiterX' | 'admin';
type AnyProcedure = (input: unknown) => Promise<unknown>;

describe('fuzzing job, company, saved job and alert procedures', () => {
  for (const path of PROCEDURES) {
    it.prop([input, fc.constantFrom<Actor>('anonymous', 'candidateA', 'recruiterX', 'admin')], { numRuns: 30 })(
      `${path} answers garbage with a typed error`,
      async (payload, actor) => {
        const token = actor === 'anonymous' ? undefined : world.users[actor].token;
        const caller = await api.current.call({ token });
        const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as AnyProcedure;
        // Now and then a real job id, so the procedures get past "not found" into their real work.
        const withJob = payload && typeof payload === 'object' && 'id' in payload && payload.id === 'JOB' ? { ...payload, id: jobId } : payload;
        try {
          await procedure(withJob);
        } catch (error) {
          expect(error).toBeInstanceOf(TRPCError);
          expect((error as TRPCError).code).not.toBe('INTERNAL_SERVER_ERROR');
        }
      },
    );
  }

  it.prop([query, fc.constantFrom('relevance', 'date', 'salary')], { numRuns: 100 })('job.search takes any text as a query', async (q, sort) => {
    const caller = await api.current.call();
    try {
      await caller.job.search({ filters: { q }, sort, page: 1, limit: 20, facets: true });
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
    }
  });
});
