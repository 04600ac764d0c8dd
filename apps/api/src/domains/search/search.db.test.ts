// Job search as a candidate uses it: text in web-search syntax, typos, aliases, filters with facet counts,
// sorts, pages and cursors, highlights; and clear errors for bad input.
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { refreshSearchTerms } from '@hotgigs/db';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import type { JobSearchInput } from '@hotgigs/shared';
import { describeIssues } from '../../trpc/init.ts';
import { callerFor } from '../../../test/helpers.ts';
import { useTestDatabase } from '@hotgigs/db/test-context';

const database = useTestDatabase();
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

beforeEach(async () => {
  const { db } = database.current;
  const acme = await makeCompany(db, { name: 'Acme Software', slug: 'acme' });
  const globex = await makeCompany(db, { name: 'Globex Health', slug: 'globex' });
  const jobs = [
    { company_id: acme.id, title: 'Senior Frontend Engineer', description: 'Build our web app.', remote: 'remote', experience_level: 'senior', salary_min: 120000, salary_max: 160000, location: 'Berlin, Germany', published_at: daysAgo(0.5) },
    { company_id: acme.id, title: 'Backend Developer', description: 'APIs in Python and PostgreSQL. Some frontend work.', remote: 'hybrid', experience_level: 'mid', salary_min: 50, salary_max: 70, salary_period: 'hour', location: 'Berlin, Germany', published_at: daysAgo(3) },
    { company_id: acme.id, title: 'Data Analyst', description: 'Dashboards and reports.', remote: 'onsite', employment_type: 'contract', experience_level: 'junior', salary_min: 40000, salary_max: 55000, location: 'New York, NY', published_at: daysAgo(10) },
    { company_id: globex.id, title: 'Registered Nurse', description: 'Patient care on the night shift.', remote: 'onsite', experience_level: 'mid', salary_min: 60000, salary_max: 80000, salary_currency: 'EUR', location: 'Madrid, Spain', published_at: daysAgo(20) },
    { company_id: globex.id, title: 'Senior Data Engineer', description: 'Pipelines for health data.', remote: 'remote', experience_level: 'senior', location: 'Lisbon, Portugal', published_at: daysAgo(40) },
  ] as const;
  const skills = [[{ slug: 'javascript' }, { slug: 'typescript' }], [{ slug: 'python' }, { slug: 'postgresql' }], [{ slug: 'sql' }], [], [{ slug: 'python' }, { slug: 'sql' }]];
  for (const [i, job] of jobs.entries()) await makeJob(db, job, skills[i]);
  await makeJob(db, { company_id: acme.id, title: 'Frontend Intern (draft)', status: 'draft', published_at: null });
  await refreshSearchTerms(db);
});

async function search(input: Partial<JobSearchInput> & { filters?: JobSearchInput['filters'] }) {
  return (await callerFor(database.current.db)).job.search(input as JobSearchInput);
}
const titles = async (input: Parameters<typeof search>[0]) => (await search(input)).items.map((j) => j.title);

describe('job.search: text', () => {
  it.each([
    ['frontend', ['Senior Frontend Engineer', 'Backend Developer']],
    ['engineers', ['Senior Frontend Engineer', 'Senior Data Engineer']],
    ['"data engineer"', ['Senior Data Engineer']],
    ['nurse OR analyst', ['Data Analyst', 'Registered Nurse']],
    ['data -analyst', ['Senior Data Engineer']],
    ['js', ['Senior Frontend Engineer']],
    ['postgres', ['Backend Developer']],
    ['acme analyst', ['Data Analyst']],
    ['frontend -"web app"', ['Backend Developer']],
    ['intern', []],
  ])('"%s" finds %j', async (q, expected) => {
    expect((await titles({ filters: { q }, sort: 'date' })).sort()).toEqual([...expected].sort());
  });

  it('matches a word being typed as a prefix only when the search box says so', async () => {
    expect((await titles({ filters: { q: 'front' }, prefix: true, sort: 'date' })).sort()).toEqual(['Backend Developer', 'Senior Frontend Engineer']);
    const submitted = await search({ filters: { q: 'front' } });
    expect(submitted.similar ? [] : submitted.items).toEqual([]);
  });

  it('corrects typos only for words that find nothing', async () => {
    for (const q of ['nurse', 'care', 'data analyst']) {
      const result = await search({ filters: { q } });
      expect(result.correctedTo).toBeNull();
      expect(result.similar).toBe(false);
      expect(result.items.length).toBeGreaterThan(0);
    }
  });

  it('falls back to similar titles only when nothing matches, and says so', async () => {
    const similar = await search({ filters: { q: 'registered nurses pharmacy' } });
    expect(similar.similar).toBe(true);
    expect(similar.items.map((j) => j.title)).toEqual(['Registered Nurse']);
    // Words too short to compare titles with find nothing rather than jobs that share a letter or two.
    const short = await search({ filters: { q: 'js xyz' } });
    expect(short.items).toEqual([]);
    expect(short.similar).toBe(false);
  });

  it('ranks a title match above a description match', async () => {
    expect(await titles({ filters: { q: 'frontend' } })).toEqual(['Senior Frontend Engineer', 'Backend Developer']);
  });

  it('ranks the title asked for first, then titles with every word, then the rest (docs/search.md)', async () => {
    const { db } = database.current;
    const firm = await makeCompany(db, { name: 'Ledger & Co', slug: 'ledger' });
    // Older, so recency cannot explain the order; the description repeats the word to tempt ts_rank.
    for (const [title, description, days] of [
      ['Accounts Assistant', 'Accountant support: help the accountant, the accountants and the accounting team.', 1],
      ['Cost Accounting Manager', 'Work with an accountant on costs.', 2],
      ['Accountant Trainee Programme Lead', 'Grow as an accountant.', 3],
      ['Senior Accountant', 'Close the books.', 30],
    ] as const) {
      await makeJob(db, { company_id: firm.id, title, description, published_at: daysAgo(days) });
    }
    const ranked = await titles({ filters: { q: 'accountant' } });
    expect(ranked.slice(0, 2)).toEqual(['Senior Accountant', 'Accountant Trainee Programme Lead']);
  });

  it('ranks a job with the word as written anywhere above one with only its stem, even in the title (#10)', async () => {
    const { db } = database.current;
    const studio = await makeCompany(db, { name: 'Studio Nine', slug: 'studio-nine' });
    // The stemmed job is the newest and has the stem in its title (ts_rank weight A) and twice more below.
    for (const [title, description, days] of [
      ['Design Lead', 'Design our brand: designing logos and a design system.', 1],
      ['Creative Lead', 'Work with a designer on campaigns.', 10],
      ['Art Director', 'Hire and guide our designers.', 20],
    ] as const) {
      await makeJob(db, { company_id: studio.id, title, description, published_at: daysAgo(days) });
    }
    // Stemmed matches stay among the results, after the exact ones (which tie, so the newer comes first).
    expect(await titles({ filters: { q: 'designer' } })).toEqual(['Creative Lead', 'Art Director', 'Design Lead']);
    expect(await titles({ filters: { q: 'design' } })).toEqual(['Design Lead', 'Creative Lead', 'Art Director']);
    // The exact words follow a new company name, like the search vector does (updateCompanyColumns re-weights it).
    await db.updateTable('companies').set({ name: 'Designer Studio' }).where('id', '=', studio.id).execute();
    await sql`UPDATE jobs SET search_vector = ts_filter(search_vector, '{a,c,d}') || hotgigs_job_linked_vector(id, company_id)
      WHERE company_id = ${studio.id}`.execute(db);
    const stale = await sql`SELECT id FROM jobs j WHERE j.exact_vector <> hotgigs_job_exact_vector(j)`.execute(db);
    expect(stale.rows).toEqual([]);
    expect((await titles({ filters: { q: 'designer' } }))[0]).toBe('Design Lead');
  });

  it('ranks a word in the skills above the same word in the company name, and that above the description', async () => {
    const { db } = database.current;
    await db.insertInto('skills').values({ name: 'Zephyr', slug: 'zephyr', category: 'tools', parent_id: null, description: null, created_by: null }).execute();
    const zephyr = await makeCompany(db, { name: 'Zephyr Labs', slug: 'zephyr-labs' });
    const plain = await makeCompany(db, { name: 'Plain Works', slug: 'plain-works' });
    // One occurrence each (the skill has no aliases), and the newest first, so neither ts_rank nor recency explains it.
    await makeJob(db, { company_id: plain.id, title: 'Firmware Tutor', description: 'Teach Zephyr.', published_at: daysAgo(1) });
    await makeJob(db, { company_id: zephyr.id, title: 'Platform Engineer', description: 'Run our platform.', published_at: daysAgo(2) });
    await makeJob(db, { company_id: plain.id, title: 'Firmware Engineer', description: 'Build devices.', published_at: daysAgo(3) }, [{ slug: 'zephyr' }]);
    expect(await titles({ filters: { q: 'zephyr' } })).toEqual(['Firmware Engineer', 'Platform Engineer', 'Firmware Tutor']);
  });

  it('tolerates typos in titles and skills, and says what it searched for', async () => {
    const result = await search({ filters: { q: 'pyhton' } });
    expect(result.items.map((j) => j.title).sort()).toEqual(['Backend Developer', 'Senior Data Engineer']);
    expect(result.correctedTo).toBe('python');
    expect(await titles({ filters: { q: 'registred nurse' } })).toEqual(['Registered Nurse']);
  });

  it('marks the matched words of titles', async () => {
    const [hit] = (await search({ filters: { q: 'nurse' } })).items;
    expect(hit?.highlights.title).toEqual([
      { text: 'Registered ', match: false },
      { text: 'Nurse', match: true },
    ]);
  });
});

describe('job.search: filters and facets', () => {
  it.each([
    [{ location: 'berlin' }, ['Backend Developer', 'Senior Frontend Engineer']],
    [{ location: 'berlin', includeRemote: true }, ['Backend Developer', 'Senior Data Engineer', 'Senior Frontend Engineer']],
    [{ remote: ['remote'] }, ['Senior Data Engineer', 'Senior Frontend Engineer']],
    [{ employmentType: ['contract'] }, ['Data Analyst']],
    [{ experienceLevel: ['senior', 'junior'] }, ['Data Analyst', 'Senior Data Engineer', 'Senior Frontend Engineer']],
    // 50-70 per hour is 104,000-145,600 a year: it overlaps 100k-110k.
    [{ salaryMin: 100000, salaryMax: 110000, salaryCurrency: 'USD' }, ['Backend Developer']],
    [{ salaryMin: 70000, salaryCurrency: 'EUR' }, ['Registered Nurse']],
    [{ skills: ['python', 'sql'] }, ['Senior Data Engineer']],
    [{ companies: ['globex'] }, ['Registered Nurse', 'Senior Data Engineer']],
    [{ postedWithinDays: 7 }, ['Backend Developer', 'Senior Frontend Engineer']],
  ] as const)('%j', async (filters, expected) => {
    expect((await titles({ filters: filters as JobSearchInput['filters'] })).sort()).toEqual(expected);
  });

  it('counts each facet with the other filters, not its own', async () => {
    const { facets, pagination } = await search({ filters: { remote: ['remote'], companies: ['acme'] } });
    expect(pagination.totalCount).toBe(1);
    // Remote counts ignore the remote filter (what choosing another value would give) but keep the company one.
    expect(facets?.remote).toEqual([
      { value: 'hybrid', count: 1 },
      { value: 'onsite', count: 1 },
      { value: 'remote', count: 1 },
    ]);
    expect(facets?.companies).toEqual([
      { value: 'acme', label: 'Acme Software', count: 1 },
      { value: 'globex', label: 'Globex Health', count: 1 },
    ]);
    expect(facets?.postedWithinDays).toEqual([
      { value: '1', count: 1 },
      { value: '7', count: 1 },
      { value: '30', count: 1 },
    ]);
  });
});

describe('job.search: order and paging', () => {
  it('sorts by date and by yearly salary', async () => {
    expect(await titles({ sort: 'date' })).toEqual([
      'Senior Frontend Engineer',
      'Backend Developer',
      'Data Analyst',
      'Registered Nurse',
      'Senior Data Engineer',
    ]);
    expect((await titles({ sort: 'salary' })).slice(0, 3)).toEqual(['Senior Frontend Engineer', 'Backend Developer', 'Registered Nurse']);
  });

  it('walks every result exactly once with cursors, and pages with totals', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await search({ sort: 'salary', limit: 2, ...(cursor && { cursor }), facets: false });
      seen.push(...page.items.map((j) => j.title));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(await titles({ sort: 'salary' }));
    const second = await search({ sort: 'date', page: 2, limit: 2 });
    expect(second.items.map((j) => j.title)).toEqual(['Data Analyst', 'Registered Nurse']);
    expect(second.pagination).toEqual({ page: 2, limit: 2, totalCount: 5, totalPages: 3, totalIsLowerBound: false });
  });
});

describe('job.search: bad input gets a field error, never a 500', () => {
  it.each([
    [{ filters: { skills: ['no-such-skill'] } }, 'skills', 'Unknown skill: no-such-skill.'],
    [{ filters: { salaryMin: 90000, salaryMax: 10000 } }, 'filters.salaryMin', 'The minimum salary is above the maximum.'],
    [{ page: 0 }, 'page', undefined],
    [{ limit: 1000 }, 'limit', undefined],
    [{ filters: { q: 'x'.repeat(10_000) } }, 'filters.q', 'Use at most 200 characters.'],
    [{ filters: { remote: ['moon'] } }, 'filters.remote.0', undefined],
    [{ filters: { color: 'red' } }, 'filters', undefined],
    [{ cursor: 'garbage' }, 'cursor', 'This cursor is not valid; start again from the first page.'],
  ])('%j', async (input, field, message) => {
    const error = await search(input as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    // What the HTTP surface sends as the message: one sentence per problem, naming the field.
    const cause = (error as TRPCError).cause;
    const said = cause instanceof ZodError ? describeIssues(cause) : (error as TRPCError).message;
    expect(said).toContain(field);
    if (message) expect(said).toContain(message);
  });
});
