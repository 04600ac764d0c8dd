// A recruiter posts a job in the browser: signs up with a new company, confirms the email, writes a job with rich
// text, a skill picked through the autocomplete and screening questions, publishes it (after the API's field
// errors for a missing title and a past deadline), finds it on its public page and in search, edits it, pauses,
// resumes and closes it. Then the company profile and logo, and the editor on a 360 px wide phone.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, openPage, type TestPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;
/** One recruiter's tab for the whole file: the tests continue one another. */
let tab: TestPage;

/** A word no demo job contains, so a search for it finds exactly our job. */
const marker = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const recruiter = {
  firstName: 'Radia',
  lastName: 'Perlman',
  company: `Spanning Trees ${marker}`,
  email: `radia.${Date.now()}@example.com`,
  password: 'correct horse battery staple',
};

beforeAll(async () => {
  browser = await launchChromium();
  tab = await openPage(browser);
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

/**
 * Console errors a test expects: Chromium logs every 4xx. Publishing an unfinished job is refused with 400 (that
 * is the point of the check), and a paused or closed job's public page answers 404 (the page and its API call).
 */
function unexpected(jsErrors: string[]): string[] {
  return jsErrors.filter(
    (error) =>
      !(/status of 400/.test(error) && /\/trpc\/jobEditor\.transition/.test(error)) &&
      !(/status of 404/.test(error) && /(\/trpc\/job\.byId|\/jobs\/[0-9a-f-]{36})\b/.test(error)),
  );
}

/** The error message shown next to a field (the one its aria-describedby points at). */
async function errorOf(field: Locator): Promise<string | null> {
  return field.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const error = ids.map((id) => document.getElementById(id)).find((node) => node?.dataset.testid === 'field-error');
    return error?.textContent?.replace(/^Error: /, '') ?? null;
  });
}

async function focusedTestId(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
}

function isoDay(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function myJob(page: Page, jobId: string): Locator {
  return page.locator(`[data-testid="my-job"][data-job-id="${jobId}"]`);
}

async function searchFor(page: Page, words: string): Promise<string[]> {
  await page.goto(`${baseUrl}/jobs?q=${encodeURIComponent(words)}`);
  await expect.poll(() => page.getByTestId('results-count').textContent()).toMatch(/\d jobs?$/);
  return page.getByTestId('job-title-link').allTextContents();
}

describe('posting a job', () => {
  it('signs up as a recruiter, writes, publishes, edits, pauses, resumes and closes a job', async () => {
    const { page, jsErrors } = tab;

    // Sign up, creating the company, and confirm the address from the email.
    await page.goto(`${baseUrl}/sign-up?role=recruiter`);
    expect(await page.getByTestId('role-recruiter').isChecked()).toBe(true);
    await page.getByLabel('First name').fill(recruiter.firstName);
    await page.getByLabel('Last name').fill(recruiter.lastName);
    await page.getByLabel('Company name').fill(recruiter.company);
    await page.getByLabel('Work email').fill(recruiter.email);
    await page.getByLabel('Password', { exact: true }).fill(recruiter.password);
    await page.getByTestId('sign-up-submit').click();
    await page.getByTestId('check-your-email').waitFor();
    const email = await waitForEmail(mailboxUrl, recruiter.email, /confirm your email/i);
    await page.goto(linkIn(email, '/verify-email').href);
    await page.getByTestId('email-verified').waitFor();
    // Opened in the browser that signed up, the link signed the recruiter in: on to their dashboard.
    await page.getByTestId('verified-continue').click();
    await page.waitForURL(`${baseUrl}/recruiter/jobs`);
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').getByRole('heading').textContent()).toBe('Post your first job');
    const nav = (await page.getByTestId('main-nav').locator('li').allTextContents()).map((text) => text.trim());
    expect(nav).toEqual(['Jobs', 'My jobs', 'Post a job', 'Notifications', 'Account', 'Sign out']);

    // Publishing an empty job: it is saved as a draft, and the API's field errors land next to their fields.
    await page.getByTestId('nav-post-job').click();
    await page.waitForURL(`${baseUrl}/recruiter/jobs/new`);
    const title = page.getByTestId('job-title-input');
    await title.waitFor();
    await page.getByTestId('publish-job').click();
    await expect.poll(() => errorOf(title)).toBe('Give the job a title before publishing it.');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    const description = page.getByTestId('job-description-input');
    expect(await errorOf(description)).toBe('Describe the job before publishing it.');
    expect(await focusedTestId(page)).toBe('job-title-input');
    expect(await page.getByTestId('save-status').textContent()).toBe(
      'Saved as a draft, not published: fix the problems marked in the form, then publish again.',
    );

    // Every field. The description through the editor and its toolbar.
    const jobTitle = `Network engineer ${marker}`;
    await title.fill(jobTitle);
    expect(await title.getAttribute('aria-invalid')).toBeNull();
    await description.click();
    await page.keyboard.type('We build ');
    await page.getByRole('button', { name: 'Bold', exact: true }).click();
    await page.keyboard.type('reliable');
    await page.getByRole('button', { name: 'Bold', exact: true }).click();
    await page.keyboard.type(' networks.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    expect(await page.getByRole('button', { name: 'Bulleted list' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('On call one week in six');
    await page.getByLabel('Requirements').fill('- Routing protocols\n- Five years running production networks');
    await page.getByLabel('Location').fill('Lisbon');
    await page.getByLabel('Workplace').selectOption('hybrid');
    await page.getByLabel('Employment type').selectOption('contract');
    await page.getByLabel('Experience level').selectOption('senior');
    await page.getByLabel('Minimum').fill('60,000');
    await page.getByLabel('Maximum').fill('80000');
    await page.getByLabel('Currency').fill('eur');
    expect(await page.getByLabel('Currency').inputValue()).toBe('EUR');
    const deadline = page.getByTestId('deadline-input');
    await deadline.fill(isoDay(-2));

    // A skill through the autocomplete, by keyboard: arrows, Enter; Escape closes, then clears.
    const skillSearch = page.getByTestId('skill-search');
    await skillSearch.fill('pyth');
    await page.getByTestId('skill-option').first().waitFor();
    await skillSearch.press('Escape');
    expect(await skillSearch.getAttribute('aria-expanded')).toBe('false');
    await skillSearch.press('Escape');
    expect(await skillSearch.inputValue()).toBe('');
    await skillSearch.pressSequentially('typescri');
    await page.getByTestId('skill-option').filter({ hasText: 'TypeScript' }).waitFor();
    expect(await skillSearch.getAttribute('aria-expanded')).toBe('true');
    const options = await page.getByTestId('skill-option').locator('span:first-child').allTextContents();
    const typescriptAt = options.indexOf('TypeScript');
    expect(typescriptAt).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= typescriptAt; i++) await skillSearch.press('ArrowDown');
    const activeId = await skillSearch.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${activeId}"] span:first-child`).textContent()).toBe('TypeScript');
    await skillSearch.press('Enter');
    await page.getByTestId('chosen-skill').waitFor();
    expect(await page.getByTestId('chosen-skill-name').allTextContents()).toEqual(['TypeScript']);
    expect(await skillSearch.inputValue()).toBe('');
    expect(await focusedTestId(page)).toBe('skill-search');
    expect(page.url()).toBe(`${baseUrl}/recruiter/jobs/new`);
    await page.getByLabel('Importance of TypeScript').selectOption('preferred');
    await page.getByLabel('Years of TypeScript').fill('3');

    // Screening questions: a yes/no one, then a choice one moved above it.
    await page.getByTestId('add-question').click();
    expect(await focusedTestId(page)).toBe('question-prompt');
    await page.keyboard.type('Can you be in Lisbon two days a week?');
    await page.getByTestId('question-required').first().check();
    await page.getByTestId('add-question').click();
    await page.keyboard.type('Which team interests you most?');
    await page.getByTestId('question-kind').nth(1).selectOption('choice');
    await page.getByTestId('question-choice').nth(0).fill('Backbone');
    await page.getByTestId('question-choice').nth(1).fill('Edge');
    await page.getByRole('button', { name: 'Move up, question 2' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down, question 1');
    expect(await page.getByTestId('question-prompt').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual([
      'Which team interests you most?',
      'Can you be in Lisbon two days a week?',
    ]);

    // The past deadline: the API refuses to publish, next to the deadline.
    await page.getByTestId('publish-job').click();
    await expect.poll(() => errorOf(deadline)).toBe('The deadline has passed: move it to a future date, or remove it.');
    expect(await focusedTestId(page)).toBe('deadline-input');
    expect(await errorOf(title)).toBeNull();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Fixed: published, and the recruiter lands on the public page.
    await deadline.fill(isoDay(60));
    await page.getByTestId('publish-job').click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    const jobId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('job-heading').waitFor();
    expect(await page.getByTestId('page-notice').textContent()).toBe(`“${jobTitle}” is published. This is how candidates see it.`);
    expect(await page.getByTestId('job-heading').textContent()).toBe(jobTitle);
    expect(await page.getByTestId('job-description').locator('strong').textContent()).toBe('reliable');
    expect(await page.getByTestId('job-description').locator('li').textContent()).toBe('On call one week in six');
    expect(await page.getByTestId('job-skills').textContent()).toContain('TypeScript');
    expect(await page.getByTestId('job-facts').textContent()).toContain('Lisbon');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Its recruiter (and only they) gets the way back to the editor.
    expect(await page.getByTestId('edit-job-link').getAttribute('href')).toBe(`/recruiter/jobs/${jobId}/edit`);

    // Anyone finds it by its words.
    expect(await searchFor(page, marker)).toEqual([jobTitle]);

    // The dashboard shows it published; the editor shows everything as saved.
    await page.goto(`${baseUrl}/recruiter/jobs`);
    const row = myJob(page, jobId);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('published');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.getByTestId('my-job').count()).toBe(1);
    expect(await page.getByTestId('status-tab-published').textContent()).toContain('1');
    await row.getByTestId('edit-job').click();
    await page.waitForURL(`${baseUrl}/recruiter/jobs/${jobId}/edit`);
    await title.waitFor();
    expect(await title.inputValue()).toBe(jobTitle);
    expect(await page.getByLabel('Importance of TypeScript').inputValue()).toBe('preferred');
    expect(await page.getByLabel('Years of TypeScript').inputValue()).toBe('3');
    expect(await page.getByTestId('question-prompt').first().inputValue()).toBe('Which team interests you most?');
    expect(await page.getByTestId('question-required').nth(1).isChecked()).toBe(true);
    expect(await deadline.inputValue()).toBe(isoDay(60));
    expect(await page.getByTestId('publish-job').count()).toBe(0);

    // Edit the live job.
    const newTitle = `Senior network engineer ${marker}`;
    await title.fill(newTitle);
    await page.getByTestId('save-job').click();
    await page.waitForURL(`${baseUrl}/recruiter/jobs`);
    expect(await page.getByTestId('page-notice').textContent()).toBe(`Changes to “${newTitle}” saved.`);
    await expect.poll(() => row.getByTestId('my-job-title').textContent()).toBe(newTitle);

    // Pause: candidates no longer see it, on its page or in search.
    await row.getByTestId('pause-job').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('paused');
    expect(await page.getByTestId('my-jobs-notice').textContent()).toBe(`“${newTitle}” is paused: candidates no longer see it.`);
    await page.goto(`${baseUrl}/jobs/${jobId}`);
    await page.getByTestId('job-not-found').waitFor();
    expect(await searchFor(page, marker)).toEqual([]);

    // Resume: public again.
    await page.goto(`${baseUrl}/recruiter/jobs?status=paused`);
    await row.waitFor();
    await row.getByTestId('resume-job').click();
    await page.getByTestId('my-jobs-notice').waitFor();
    expect(await page.getByTestId('my-jobs-notice').textContent()).toBe(`“${newTitle}” is published again.`);
    // It left the "Paused" list it was shown in.
    await expect.poll(() => page.getByTestId('empty-state').count()).toBe(1);
    await page.goto(`${baseUrl}/jobs/${jobId}`);
    await page.getByTestId('job-heading').waitFor();
    expect(await page.getByTestId('job-heading').textContent()).toBe(newTitle);
    expect(await searchFor(page, marker)).toEqual([newTitle]);

    // Close, after confirming: gone for good.
    await page.goto(`${baseUrl}/recruiter/jobs`);
    await row.waitFor();
    await row.getByTestId('close-job').click();
    await row.getByTestId('close-job-confirm').click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('closed');
    // Nothing left to do to it but read its applicants.
    expect(await row.locator('button').count()).toBe(0);
    expect(await row.locator('a').count()).toBe(1);
    expect(await row.getByTestId('my-job-applicants').count()).toBe(1);
    await page.goto(`${baseUrl}/jobs/${jobId}`);
    await page.getByTestId('job-not-found').waitFor();
    expect(await searchFor(page, marker)).toEqual([]);
    expect(unexpected(jsErrors)).toEqual([]);
  });

  it('edits the company profile and uploads a logo with progress', async () => {
    const { page, jsErrors } = tab;
    await page.goto(`${baseUrl}/recruiter/jobs`);
    await page.getByTestId('edit-company').click();
    await page.waitForURL(`${baseUrl}/recruiter/company`);
    const name = page.getByTestId('company-name-input');
    await name.waitFor();
    expect(await name.inputValue()).toBe(recruiter.company);

    await page.getByLabel('Website').fill('not a website');
    await page.getByTestId('save-company').click();
    await expect.poll(() => errorOf(page.getByLabel('Website'))).toBe('Enter a web address starting with http:// or https://.');
    await page.getByLabel('Website').fill('https://spanning-trees.example');
    await page.getByLabel('Size').selectOption('11-50');
    await page.getByTestId('company-description-input').fill('We design networks that heal themselves.');
    await page.getByTestId('save-company').click();
    await expect.poll(() => page.getByTestId('company-saved').textContent()).toBe('Company profile saved.');

    // A 1x1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
    await page.getByTestId('logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.getByTestId('logo-status').textContent()).toBe('Logo uploaded.');
    const logo = page.getByTestId('company-logo');
    await logo.waitFor();
    expect(await logo.getAttribute('src')).toMatch(/^\/api\/companies\/[a-z0-9-]+\/logo\?v=[0-9a-f]{12}$/);
    await expect.poll(() => logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(1);

    // Not an image: refused before anything is sent.
    await page.getByTestId('logo-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    expect(await page.getByTestId('logo-status').textContent()).toBe('“notes.txt” is not a PNG, JPEG or WebP image.');

    await page.getByTestId('remove-logo').click();
    await page.getByTestId('remove-logo-confirm').click();
    await page.getByTestId('company-logo-placeholder').waitFor();
    expect(await page.getByTestId('logo-status').textContent()).toBe('Logo removed.');
    expect(unexpected(jsErrors)).toEqual([]);
  });

  it('fits a 360 px wide screen: the dashboard and the editor scroll only vertically; drafts are checked, saved, deleted', async () => {
    const { page, jsErrors } = tab;
    await page.setViewportSize({ width: 360, height: 780 });
    const horizontalOverflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await page.goto(`${baseUrl}/recruiter/jobs`);
    await page.getByTestId('my-job').first().waitFor();
    expect(await horizontalOverflow()).toBe(0);

    await page.goto(`${baseUrl}/recruiter/jobs/new`);
    await page.getByTestId('job-title-input').waitFor();
    await page.getByTestId('job-title-input').fill('A title long enough to need wrapping on a narrow phone screen');
    await page.getByTestId('skill-search').pressSequentially('kubern');
    await page.getByTestId('skill-option').first().waitFor();
    await page.getByTestId('skill-search').press('ArrowDown');
    await page.getByTestId('skill-search').press('Enter');
    await page.getByTestId('chosen-skill').waitFor();
    await page.getByTestId('add-question').click();
    await page.getByTestId('question-kind').selectOption('choice');

    // The formatting toolbar is one tab stop; arrows, Home and End move along it.
    const toolbar = page.getByTestId('editor-toolbar');
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    await toolbar.getByRole('button', { name: 'Bold', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel()).toBe('Italic');
    await page.keyboard.press('End');
    expect(await focusedLabel()).toBe('Redo');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel()).toBe('Bold');

    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByTestId('link-form').waitFor();
    expect(await horizontalOverflow()).toBe(0);
    // The publish button is reachable and wide enough to tap.
    const publish = await page.getByTestId('publish-job').boundingBox();
    expect(publish!.width).toBeGreaterThan(200);
    expect(publish!.height).toBeGreaterThanOrEqual(44);
    await page.getByTestId('link-form').getByRole('button', { name: 'Cancel' }).click();

    // The browser checks with the API's schema first: the question's empty prompt and missing choices are pointed at.
    await page.getByTestId('save-job').click();
    const question = page.getByTestId('screening-question');
    await expect.poll(() => errorOf(question.getByTestId('question-prompt'))).toBe('Write the question.');
    expect(await question.getByRole('group', { name: 'Choices' }).getByTestId('field-error').textContent()).toBe(
      'Error: A choice question needs 2 to 10 choices.',
    );
    expect(await page.getByTestId('save-status').textContent()).toBe('Not saved: fix the problems marked in the form.');
    expect(await focusedTestId(page)).toBe('question-prompt');
    await page.getByTestId('remove-question').click();
    expect(await focusedTestId(page)).toBe('add-question');

    // Saved as a draft, then deleted from the dashboard after confirming.
    await page.getByTestId('save-job').click();
    await page.waitForURL(`${baseUrl}/recruiter/jobs`);
    const draftTitle = 'A title long enough to need wrapping on a narrow phone screen';
    expect(await page.getByTestId('page-notice').textContent()).toBe(`Draft “${draftTitle}” saved.`);
    const draft = page.locator('[data-testid="my-job"][data-status="draft"]');
    await draft.waitFor();
    expect(await horizontalOverflow()).toBe(0);
    await draft.getByTestId('delete-job').click();
    await draft.getByTestId('delete-job-confirm').click();
    await expect.poll(() => draft.count()).toBe(0);
    expect(await page.getByTestId('my-jobs-notice').textContent()).toBe(`Draft “${draftTitle}” deleted.`);
    expect(unexpected(jsErrors)).toEqual([]);
  });
});
