// Matching in the browser: a candidate whose profile has some of an open job's skills sees a match badge on the
// job cards of search, the "why" panel on the job's page (criteria, matched and missing skills), and their
// recommended jobs with the skills that would raise them; a profile with nothing in it is told what to add.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, openPage, type TestPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';
import { portalApi, sidewaysScrollAt360 } from './portal-api.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const password = 'correct horse battery staple';
const stamp = Date.now();
let browser: Browser;
const opened: TestPage[] = [];
const api = (token?: string) => portalApi(baseUrl, token);

async function candidateAccount(email: string): Promise<void> {
  await api().auth.register.mutate({ role: 'candidate', email, password, firstName: 'Grace', lastName: 'Hopper' });
  const token = linkIn(await waitForEmail(mailboxUrl, email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
  await api().auth.verifyEmail.mutate({ token });
}

async function signedInTab(email: string, path: string): Promise<TestPage> {
  const tab = await openPage(browser);
  opened.push(tab);
  const { page } = tab;
  await page.goto(`${baseUrl}/sign-in?redirect=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL(`${baseUrl}${path}`);
  return tab;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const tab of opened) await tab.close();
  await browser?.close();
});

describe('matching', () => {
  it('shows badges, the why panel and recommendations to a candidate with skills', async () => {
    const email = `grace.${stamp}@example.com`;
    await candidateAccount(email);
    const { token } = await api().auth.signIn.mutate({ email, password });
    const job = (await api().job.list.query({ page: 1, limit: 5 })).items.find((j) => j.skills.length >= 3)!;
    expect(job).toBeTruthy();
    // Some of the job's skills, not all: a score with reasons and something missing.
    await api(token!).profile.update.mutate({
      headline: job.title,
      yearsExperience: 6,
      location: job.location,
      experience: [{ title: job.title, company: 'Hopper Labs', location: null, start: '2019-01', end: null, current: true, bullets: ['Led the team'] }],
      skills: job.skills.slice(0, 2).map((s) => ({ slug: s.slug, years: 4 })),
    });

    const { page, jsErrors } = await signedInTab(email, `/jobs/${job.id}`);
    const report = page.getByTestId('match-report');
    await report.waitFor();
    expect(await report.getByTestId('match-badge').textContent()).toMatch(/\d+% match/);
    expect(await report.getByTestId('match-criteria').locator('li').count()).toBeGreaterThanOrEqual(3);
    expect(await report.getByTestId('match-skills').textContent()).toContain(job.skills[0]!.name);
    expect(await report.getByTestId('match-missing').textContent()).toContain(job.skills[2]!.name);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('nav-recommended').click();
    await page.waitForURL(`${baseUrl}/recommended`);
    const list = page.getByTestId('recommended-list');
    await list.waitFor();
    expect(await list.getByTestId('job-card').count()).toBeGreaterThan(0);
    await page.getByTestId('skill-gaps').waitFor();
    // Reasons open by keyboard.
    await list.getByTestId('match-why').first().locator('summary').focus();
    await page.keyboard.press('Enter');
    await list.getByTestId('match-report').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await sidewaysScrollAt360(page)).toBe(0);

    // Search results carry the same badges.
    await page.goto(`${baseUrl}/jobs`);
    await page.getByTestId('job-list').getByTestId('match-badge').first().waitFor();
    expect(jsErrors).toEqual([]);
  });

  it('tells a candidate with an empty profile what to add', async () => {
    const email = `empty.${stamp}@example.com`;
    await candidateAccount(email);
    const { page } = await signedInTab(email, '/recommended');
    await page.getByTestId('recommended-profile-link').waitFor();
    expect(await page.getByText(/Add your skills/).count()).toBeGreaterThan(0);
  });
});
