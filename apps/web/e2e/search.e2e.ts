// A visitor searches: words, then a filter; the URL carries both, so opening a job and coming back keeps them.
// The URL is one people can read and paste: `/jobs?q="data engineer" -senior&remote=remote` is that search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';
import { portalApi } from './portal-api.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const stamp = Date.now();
const password = 'correct horse battery staple';
/** Jobs for the pasted search below (the demo data has no remote data engineers): what matches it and what not. */
const DATA_JOBS = [
  { title: `Data Engineer ${stamp}`, remote: 'remote', matches: true },
  { title: `Streaming Data Engineer ${stamp}`, remote: 'remote', matches: true },
  { title: `Senior Data Engineer ${stamp}`, remote: 'remote', matches: false },
  { title: `Engineer, Data Platform ${stamp}`, remote: 'remote', matches: false },
  { title: `Data Engineer (Hybrid) ${stamp}`, remote: 'hybrid', matches: false },
] as const;
const jobIds: string[] = [];
let recruiterToken: string;

beforeAll(async () => {
  browser = await launchChromium();
  const email = `search.${stamp}@example.com`;
  await portalApi(baseUrl).auth.register.mutate({ role: 'recruiter', email, password, firstName: 'Dana', lastName: 'Search', companyName: `Pipelines ${stamp}` });
  const token = linkIn(await waitForEmail(mailboxUrl, email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
  await portalApi(baseUrl).auth.verifyEmail.mutate({ token });
  recruiterToken = (await portalApi(baseUrl).auth.signIn.mutate({ email, password })).token!;
  const recruiter = portalApi(baseUrl, recruiterToken);
  for (const { title, remote } of DATA_JOBS) {
    const job = await recruiter.jobEditor.create.mutate({
      title,
      description: '<p>Build and run the pipelines that move our data.</p>',
      remote,
      employmentType: 'full_time',
      experienceLevel: 'mid',
    });
    await recruiter.jobEditor.transition.mutate({ id: job.id, action: 'publish' });
    jobIds.push(job.id);
  }
});
afterAll(async () => {
  // Closed, so the files after this one find the demo jobs, as on a fresh portal.
  for (const id of jobIds) await portalApi(baseUrl, recruiterToken).jobEditor.transition.mutate({ id, action: 'close' });
  await browser?.close();
});

/** Waits until the list shows the first page the API gives for these filters (and returns its titles). */
async function expectListed(page: Page, filters: { q: string; remote: ('remote' | 'hybrid')[] }): Promise<string[]> {
  const api = await portalApi(baseUrl).job.search.query({ filters, limit: 20 });
  const titles = api.items.map((job) => job.title);
  await expect.poll(async () => (await page.getByTestId('job-title-link').allTextContents()).map((title) => title.trim())).toEqual(titles);
  await expect.poll(() => page.getByTestId('results-count').textContent()).toBe(`${api.pagination.totalCount.toLocaleString('en-US')} ${api.pagination.totalCount === 1 ? 'job' : 'jobs'}`);
  return titles;
}

describe('job search', () => {
  it('searches by words and a filter, and keeps them across a visit to a job', async () => {
    const { page, jsErrors, close } = await openPage(browser);
    await page.goto(`${baseUrl}/jobs`);
    const count = page.getByTestId('results-count');
    await expect.poll(() => count.textContent()).toMatch(/\d jobs?$/);
    const allJobs = await count.textContent();

    await page.getByTestId('search-input').fill('manager');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForURL(/[?&]q=manager/);
    await expect.poll(() => count.textContent()).not.toBe(allJobs);
    const matching = await count.textContent();
    expect(matching).toMatch(/\d jobs?$/);

    const remote = page.getByTestId('filter-remote-remote');
    await remote.check();
    await page.waitForURL((url) => url.searchParams.get('remote') === 'remote' && url.searchParams.get('q') === 'manager');
    await expect.poll(() => count.textContent()).not.toBe(matching);
    expect(await remote.isChecked()).toBe(true);

    await page.getByTestId('job-title-link').first().click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await page.getByTestId('job-heading').waitFor();

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/jobs' && url.searchParams.get('remote') === 'remote');
    await expect.poll(() => page.getByTestId('filter-remote-remote').isChecked()).toBe(true);
    expect(await page.getByTestId('search-input').inputValue()).toBe('manager');
    expect(jsErrors).toEqual([]);
    await close();
  });

  it('opens a pasted URL with a phrase, an exclusion and a filter as exactly that search', async () => {
    const { page, jsErrors, close } = await openPage(browser);
    const q = '"data engineer" -senior';
    // As typed into the address bar: Chromium percent-encodes the quotes and spaces itself.
    await page.goto(`${baseUrl}/jobs?q="data engineer" -senior&remote=remote`);
    expect(new URL(page.url()).search).toMatch(/^\?q=%22data(%20|\+)engineer%22(%20|\+)-senior&remote=remote$/);
    // The same jobs as the API gives for that search, and none of them a senior one.
    const titles = await expectListed(page, { q, remote: ['remote'] });
    expect(await page.getByTestId('search-input').inputValue()).toBe(q);
    expect(await page.getByTestId('filter-remote-remote').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-remote-hybrid').isChecked()).toBe(false);
    expect([...titles].sort()).toEqual(DATA_JOBS.filter((job) => job.matches).map((job) => job.title).sort());

    // A quoted phrase alone keeps its quotes too (the old JSON reading made it the two words), and a filter
    // given twice is both values.
    await page.goto(`${baseUrl}/jobs?q="data engineer"&remote=remote&remote=hybrid`);
    const phrase = await expectListed(page, { q: '"data engineer"', remote: ['remote', 'hybrid'] });
    expect(await page.getByTestId('search-input').inputValue()).toBe('"data engineer"');
    expect(await page.getByTestId('filter-remote-hybrid').isChecked()).toBe(true);
    expect([...phrase].sort()).toEqual(DATA_JOBS.filter((job) => /data engineer/i.test(job.title)).map((job) => job.title).sort());
    expect(jsErrors).toEqual([]);
    await close();
  });

  it('writes a readable URL for a typed search and its filters, and reads an old JSON link the same', async () => {
    const { page, jsErrors, close } = await openPage(browser);
    await page.goto(`${baseUrl}/jobs`);
    await page.getByTestId('search-input').fill('"project manager" -assistant');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '"project manager" -assistant');
    expect(new URL(page.url()).search).toBe('?q=%22project+manager%22+-assistant');

    await page.getByTestId('filter-remote-remote').check();
    await page.waitForURL((url) => url.searchParams.getAll('remote').join() === 'remote');
    await page.getByTestId('filter-remote-hybrid').check();
    await page.waitForURL((url) => url.searchParams.getAll('remote').length === 2);
    expect(new URL(page.url()).search).toBe('?q=%22project+manager%22+-assistant&remote=remote&remote=hybrid');
    const q = '"project manager" -assistant';
    expect((await expectListed(page, { q, remote: ['remote', 'hybrid'] })).length).toBeGreaterThan(0);

    // The link the router's old JSON encoding wrote for it, as older alert emails have it: the same search. The
    // address bar keeps what was opened until the search changes, and then it is written the new way.
    await page.goto(`${baseUrl}/jobs?q=%22project+manager%22+-assistant&remote=%5B%22remote%22%2C%22hybrid%22%5D`);
    await expectListed(page, { q, remote: ['remote', 'hybrid'] });
    expect(await page.getByTestId('search-input').inputValue()).toBe('"project manager" -assistant');
    expect(await page.getByTestId('filter-remote-remote').isChecked()).toBe(true);
    expect(await page.getByTestId('filter-remote-hybrid').isChecked()).toBe(true);
    await page.getByTestId('filter-remote-hybrid').uncheck();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=%22project+manager%22+-assistant&remote=remote');
    await expectListed(page, { q, remote: ['remote'] });
    expect(jsErrors).toEqual([]);
    await close();
  });
});
