// A visitor searches: words, then a filter; the URL carries both, so opening a job and coming back keeps them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './browser.ts';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

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
    await page.waitForURL((url) => url.searchParams.get('remote') === '["remote"]' && url.searchParams.get('q') === 'manager');
    await expect.poll(() => count.textContent()).not.toBe(matching);
    expect(await remote.isChecked()).toBe(true);

    await page.getByTestId('job-title-link').first().click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await page.getByTestId('job-heading').waitFor();

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/jobs' && url.searchParams.get('remote') === '["remote"]');
    await expect.poll(() => page.getByTestId('filter-remote-remote').isChecked()).toBe(true);
    expect(await page.getByTestId('search-input').inputValue()).toBe('manager');
    expect(jsErrors).toEqual([]);
    await close();
  });
});
