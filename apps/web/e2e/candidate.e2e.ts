// A candidate's own screens in the browser: saving a job from its page and finding (and removing) it on the saved
// jobs page; saving a search as an alert, then changing, pausing and deleting it; a company's page from a job's.
// Visitors are asked to sign in to save an alert and come back to the same search. A saved job its employer
// closes stays on the list, marked. The new pages fit a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, openPage, type TestPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';
import { portalApi, sidewaysScrollAt360 } from './portal-api.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;
const opened: TestPage[] = [];

const candidate = {
  firstName: 'Rosalind',
  lastName: 'Franklin',
  email: `rosalind.${Date.now()}@example.com`,
  password: 'correct horse battery staple',
};

async function newTab(): Promise<TestPage> {
  const tab = await openPage(browser);
  opened.push(tab);
  return tab;
}

/** Signs the candidate up and confirms the email from the email, as a new user would (once for the file). */
async function signUpAndVerify(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  expect(await page.getByTestId('role-candidate').isChecked()).toBe(true);
  await page.getByLabel('First name').fill(candidate.firstName);
  await page.getByLabel('Last name').fill(candidate.lastName);
  await page.getByLabel('Email').fill(candidate.email);
  await page.getByLabel('Password', { exact: true }).fill(candidate.password);
  await page.getByTestId('sign-up-submit').click();
  await page.getByTestId('check-your-email').waitFor();
  const email = await waitForEmail(mailboxUrl, candidate.email, /confirm your email/i);
  await page.goto(linkIn(email, '/verify-email').href);
  await page.getByTestId('email-verified').waitFor();
}

async function signIn(page: Page): Promise<void> {
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByLabel('Email').fill(candidate.email);
  await page.getByLabel('Password', { exact: true }).fill(candidate.password);
  await page.getByTestId('sign-in-submit').click();
}

const api = (token?: string) => portalApi(baseUrl, token);

/** A verified recruiter with a company of their own, signed in through the API: their session token. */
async function recruiterToken(): Promise<string> {
  const email = `recruiter.${Date.now()}@example.com`;
  const password = 'correct horse battery staple';
  await api().auth.register.mutate({ role: 'recruiter', email, password, firstName: 'Hedy', lastName: 'Lamarr', companyName: `Closing Co ${Date.now()}` });
  const token = linkIn(await waitForEmail(mailboxUrl, email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
  await api().auth.verifyEmail.mutate({ token });
  // api() without a token asks for it in the body (X-Session-Delivery: token), as scripts do.
  const session = await api().auth.signIn.mutate({ email, password });
  if (!session.token) throw new Error('sign-in answered without the token a script asks for');
  return session.token;
}

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
}

beforeAll(async () => {
  browser = await launchChromium();
  const { page } = await newTab();
  await signUpAndVerify(page);
});
afterAll(async () => {
  await Promise.all(opened.map((tab) => tab.close()));
  await browser?.close();
});

describe('a candidate', () => {
  it('is asked to sign in to save a search as an alert, and comes back to the same search', async () => {
    const { page, jsErrors } = await newTab();
    await page.goto(`${baseUrl}/jobs?q=manager`);
    await page.getByTestId('filter-remote-remote').check();
    await page.waitForURL((url) => url.searchParams.get('remote') === 'remote');
    const searchUrl = page.url();

    await page.getByTestId('alert-sign-in').click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signIn(page);
    await page.waitForURL(searchUrl);
    await page.getByTestId('save-search-alert').waitFor();
    expect(await page.getByTestId('alert-sign-in').count()).toBe(0);
    expect(await page.getByTestId('filter-remote-remote').isChecked()).toBe(true);
    expect(jsErrors).toEqual([]);
  });

  it('saves a job, finds it on the saved jobs page and removes it; saves the search as an alert and manages it; opens the company', async () => {
    const { page, jsErrors } = await newTab();
    await page.goto(`${baseUrl}/sign-in`);
    await signIn(page);
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('nav-saved-jobs').waitFor();
    const nav = (await page.getByTestId('main-nav').locator('li').allTextContents()).map((item) => item.trim());
    expect(nav).toEqual(['Jobs', 'Profile', 'For you', 'Applications', 'Saved jobs', 'Alerts', 'Notifications', 'Account', 'Sign out']);

    // Search with words and a filter, and open the first job.
    await page.goto(`${baseUrl}/jobs`);
    await page.getByTestId('search-input').fill('manager');
    await page.getByTestId('search-input').press('Enter');
    await page.waitForURL(/[?&]q=manager/);
    await page.getByTestId('filter-remote-remote').check();
    await page.waitForURL((url) => url.searchParams.get('remote') === 'remote' && url.searchParams.get('q') === 'manager');
    const searchUrl = page.url();
    await expect.poll(() => text(page, 'results-count')).toMatch(/\d jobs?$/);
    await page.getByTestId('job-title-link').first().click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    const jobUrl = page.url();
    const title = await text(page, 'job-heading');
    const companyName = await text(page, 'job-company-link');
    expect(await page.getByTestId('edit-job-link').count()).toBe(0);

    // Save it; it is on the saved jobs page.
    const save = page.getByTestId('save-job');
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('nav-saved-jobs').click();
    await page.waitForURL(`${baseUrl}/saved-jobs`);
    await page.getByTestId('saved-job-list').waitFor();
    expect(await page.getByTestId('saved-job-list').getByTestId('job-title-link').allTextContents()).toEqual([title]);
    expect(await text(page, 'saved-jobs-count')).toBe('1 saved job');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.getByTestId('job-not-open').count()).toBe(0);
    expect(await sidewaysScrollAt360(page)).toBe(0);

    // Remove it: gone at once, and for good.
    await page.getByRole('button', { name: `Remove from saved jobs: ${title}` }).click();
    await expect.poll(() => text(page, 'saved-jobs-status')).toBe(`Removed “${title}” from your saved jobs.Undo`);
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Save jobs from search to find them here');
    expect(await page.getByTestId('saved-jobs-search-link').getAttribute('href')).toBe('/jobs');
    await page.reload();
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('saved-job-list').count()).toBe(0);

    // Save the search as a daily alert.
    await page.goto(searchUrl);
    await page.getByTestId('save-search-alert').click();
    const name = page.getByTestId('alert-name');
    await name.waitFor();
    expect(await name.inputValue()).toBe('“manager” · Remote');
    expect(await accessibilityViolations(page)).toEqual([]);
    await name.fill('Remote manager jobs');
    expect(await page.getByTestId('alert-frequency').inputValue()).toBe('daily');
    expect(await sidewaysScrollAt360(page)).toBe(0);
    await page.getByTestId('create-alert-submit').click();
    await page.getByTestId('alert-created').waitFor();
    expect(await text(page, 'alert-created')).toBe(
      'Alert saved: Remote manager jobs. We’ll email you its new jobs every day. Manage your alerts',
    );

    // The alerts page says what it searches for and how often; weekly instead, paused, then deleted.
    await page.getByTestId('manage-alerts-link').click();
    await page.waitForURL(`${baseUrl}/alerts`);
    await page.getByTestId('alert').waitFor();
    expect(await page.getByTestId('alert').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await text(page, 'alert-name')).toBe('Remote manager jobs');
    expect(await text(page, 'alert-summary')).toBe('“manager” · Remote');
    const run = new URL((await page.getByTestId('alert-run-search').getAttribute('href'))!, baseUrl);
    expect([run.pathname, run.searchParams.get('q'), run.searchParams.get('remote')]).toEqual(['/jobs', 'manager', 'remote']);
    expect(await sidewaysScrollAt360(page)).toBe(0);

    await page.getByTestId('alert-frequency').selectOption('weekly');
    await expect.poll(() => text(page, 'alert-status')).toBe('Emails now come every week.');
    await page.getByTestId('alert-toggle-active').click();
    await expect.poll(() => text(page, 'alert-status')).toBe('Paused. No emails until you resume it.');
    await page.reload();
    await page.getByTestId('alert').waitFor();
    expect(await page.getByTestId('alert-frequency').inputValue()).toBe('weekly');
    expect(await page.getByTestId('alert').getByText('Paused', { exact: true }).count()).toBe(1);
    expect(await text(page, 'alert-toggle-active')).toBe('Resume');

    // Renamed in place; Escape leaves the name as it was.
    await page.getByTestId('alert-rename').click();
    await page.getByTestId('rename-alert-input').fill('Should not stick');
    await page.keyboard.press('Escape');
    expect(await text(page, 'alert-name')).toBe('Remote manager jobs');
    await page.getByTestId('alert-rename').click();
    await page.getByTestId('rename-alert-input').fill('Remote managers');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, 'alert-status')).toBe('Renamed to “Remote managers”.');
    expect(await text(page, 'alert-name')).toBe('Remote managers');

    // The same search does not offer a second alert: it names the one there is.
    await page.goto(searchUrl);
    await page.getByTestId('alert-exists').waitFor();
    expect(await text(page, 'alert-exists')).toBe(
      'Your alert Remote managers already emails you this search’s new jobs every week (paused). Manage your alerts',
    );
    expect(await page.getByTestId('save-search-alert').count()).toBe(0);
    await page.getByTestId('manage-alerts-link').click();
    await page.getByTestId('alert').waitFor();

    await page.getByTestId('alert-delete').click();
    await page.getByTestId('alert-delete-confirm').click();
    await expect.poll(() => text(page, 'alerts-status')).toBe('Deleted the alert Remote managers. Search jobs to make another.');
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('alert').count()).toBe(0);

    // The company, from the job's page: its profile and its open jobs.
    await page.goto(jobUrl);
    await page.getByTestId('job-company-link').click();
    await page.waitForURL(/\/companies\/[a-z0-9-]+$/);
    await page.getByTestId('company-page').waitFor();
    expect(await text(page, 'company-name')).toBe(companyName);
    expect(await accessibilityViolations(page)).toEqual([]);
    const openJobs = Number((await text(page, 'company-open-job-count')).match(/^([\d,]+) open jobs?$/)![1]!.replace(/,/g, ''));
    expect(openJobs).toBeGreaterThan(0);
    const jobs = page.getByTestId('company-jobs').getByTestId('job-card');
    expect(await jobs.count()).toBe(Math.min(openJobs, 20));
    expect(new Set(await page.getByTestId('company-jobs').getByTestId('job-company-link').allTextContents())).toEqual(
      new Set([companyName]),
    );
    expect(await sidewaysScrollAt360(page)).toBe(0);
    expect(jsErrors).toEqual([]);
  });

  it('sees a clear page for a company that does not exist', async () => {
    const { page, jsErrors } = await newTab();
    await page.goto(`${baseUrl}/companies/no-such-company-here`);
    await page.getByTestId('company-not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('There is no company at this address');
    expect(await sidewaysScrollAt360(page)).toBe(0);
    // Chromium logs the API's 404 answer as a console error; it is the answer this page is about.
    expect(jsErrors.filter((error) => !/status of 404.*\/trpc\/company\.get/.test(error))).toEqual([]);
  });

  it('keeps a saved job its employer closed on the list, marked and no longer linked', async () => {
    const recruiter = api(await recruiterToken());
    const title = `Lighthouse Keeper ${Date.now()}`;
    const job = await recruiter.jobEditor.create.mutate({
      title,
      description: '<p>Keep the light on through the winter.</p>',
      remote: 'onsite',
      employmentType: 'full_time',
      experienceLevel: 'mid',
    });
    await recruiter.jobEditor.transition.mutate({ id: job.id, action: 'publish' });

    const { page, jsErrors } = await newTab();
    await page.goto(`${baseUrl}/sign-in?redirect=${encodeURIComponent(`/jobs/${job.id}`)}`);
    await signIn(page);
    await page.waitForURL(`${baseUrl}/jobs/${job.id}`);
    await page.getByTestId('save-job').click();
    await expect.poll(() => page.getByTestId('save-job').getAttribute('aria-pressed')).toBe('true');

    await recruiter.jobEditor.transition.mutate({ id: job.id, action: 'close' });
    await page.goto(`${baseUrl}/saved-jobs`);
    const card = page.getByTestId('saved-job-list').getByTestId('job-card').filter({ hasText: title });
    await card.waitFor();
    expect(await card.getByTestId('job-not-open').textContent()).toBe('No longer open');
    expect(await card.getByTestId('job-title-link').count()).toBe(0);
    expect(await card.getByRole('link', { name: title }).count()).toBe(0);

    await card.getByRole('button', { name: `Remove from saved jobs: ${title}` }).click();
    // A closed job cannot be saved again, so there is nothing to undo.
    await expect.poll(() => text(page, 'saved-jobs-status')).toBe(`Removed “${title}” from your saved jobs.`);
    await expect.poll(() => card.count()).toBe(0);
    expect(jsErrors).toEqual([]);
  });
});
