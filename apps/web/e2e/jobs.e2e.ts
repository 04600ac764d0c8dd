// A visitor browses the demo jobs (the search page without words): opens the list, opens a job, sees its details; a phone-sized screen works too.
import type { Browser, Page } from 'playwright-core';
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

async function newPage(width = 1280, height = 900): Promise<Page & { jsErrors: string[] }> {
  const { page, jsErrors } = await openPage(browser, { width, height });
  return Object.assign(page, { jsErrors });
}

describe('jobs', () => {
  it('lists demo jobs and opens one to show its details', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/jobs`);
    const cards = page.getByTestId('job-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(20);

    const firstTitle = (await page.getByTestId('job-title-link').first().textContent())?.trim();
    expect(firstTitle).toBeTruthy();
    await page.getByTestId('job-title-link').first().click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    const heading = page.getByTestId('job-heading');
    await heading.waitFor();
    expect((await heading.textContent())?.trim()).toBe(firstTitle);
    await expect.poll(() => page.title()).toContain(firstTitle);
    expect(await page.getByText(/Required skills/i).count()).toBeGreaterThan(0);
    // The description is several paragraphs of text.
    expect(await page.locator('[data-testid="job-description"] p').count()).toBeGreaterThan(1);
    expect(page.jsErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the page number in the URL so back and reload work', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/jobs`);
    await page.getByTestId('job-card').first().waitFor();
    const firstOnPage1 = await page.getByTestId('job-title-link').first().textContent();
    await page.getByTestId('pagination-next').click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => page.getByTestId('job-title-link').first().textContent()).not.toBe(firstOnPage1);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('page=2'));
    await expect.poll(() => page.getByTestId('job-title-link').first().textContent()).toBe(firstOnPage1);
    await page.context().close();
  });

  it('says clearly when a job does not exist', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/jobs/00000000-0000-4000-8000-000000000000`);
    await page.getByText(/doesn.t exist or is no longer open/i).waitFor();
    await page.context().close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await newPage(360, 740);
    await page.goto(`${baseUrl}/jobs`);
    await page.getByTestId('job-card').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.context().close();
  });
});
