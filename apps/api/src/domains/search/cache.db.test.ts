// The job search result cache against a real database: whatever changes what search shows moves the
// generation on and the next search is fresh; what does not (a view) keeps the cached result.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { jobSearchInput } from '@hotgigs/shared';
import { cacheState } from './cache.ts';
import { callerWith, servicesFor } from '../../../test/helpers.ts';

const database = useTestDatabase();

async function setUp() {
  const { db } = database.current;
  const services = servicesFor(db);
  const company = await makeCompany(db, { name: 'Mercy Hospital', slug: 'mercy' });
  const search = async (q: string) => (await callerWith(services)).job.search(jobSearchInput.parse({ filters: { q } }));
  const titles = async (q: string) => (await search(q)).items.map((j) => j.title);
  return { db, services, company, search, titles };
}

describe('job.search result cache', () => {
  it('shows a job published since, and drops one paused since, at once', async () => {
    const { db, company, titles } = await setUp();
    expect(await titles('nurse')).toEqual([]);
    const job = await makeJob(db, { company_id: company.id, title: 'Night Nurse' });
    expect(await titles('nurse')).toEqual(['Night Nurse']);
    await db.updateTable('jobs').set({ status: 'paused' }).where('id', '=', job.id).execute();
    expect(await titles('nurse')).toEqual([]);
  });

  it('shows a renamed company and an edited title', async () => {
    const { db, company, search } = await setUp();
    const job = await makeJob(db, { company_id: company.id, title: 'Night Nurse' });
    expect((await search('nurse')).items[0]?.company.name).toBe('Mercy Hospital');
    await db.updateTable('companies').set({ name: 'Mercy General' }).where('id', '=', company.id).execute();
    expect((await search('nurse')).items[0]?.company.name).toBe('Mercy General');
    await db.updateTable('jobs').set({ title: 'Day Nurse' }).where('id', '=', job.id).execute();
    expect((await search('nurse')).items[0]?.title).toBe('Day Nurse');
  });

  it('keeps its result when only a view is counted', async () => {
    const { db, company, search } = await setUp();
    const job = await makeJob(db, { company_id: company.id, title: 'Night Nurse' });
    const first = await search('nurse');
    const before = await cacheState(db);
    await (await callerWith(servicesFor(db))).job.byId({ id: job.id });
    expect((await cacheState(db))?.generation).toBe(before?.generation);
    expect(await search('nurse')).toBe(first);
  });

  it('keeps no result bigger than a page of 50 jobs', async () => {
    const { db, company, services } = await setUp();
    await makeJob(db, { company_id: company.id, title: 'Night Nurse' });
    const caller = await callerWith(services);
    const page = (limit: number) => caller.job.search(jobSearchInput.parse({ filters: { q: 'nurse' }, limit }));
    expect(await page(50)).toBe(await page(50));
    expect(await page(51)).not.toBe(await page(51));
  });

  it('drops a job from cached results when its deadline passes', async () => {
    const { db, company, titles } = await setUp();
    const job = await makeJob(db, { company_id: company.id, title: 'Night Nurse' });
    await sql`UPDATE jobs SET deadline = now() + interval '1 second' WHERE id = ${job.id}`.execute(db);
    expect(await titles('nurse')).toEqual(['Night Nurse']);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await titles('nurse')).toEqual([]);
  });
});
