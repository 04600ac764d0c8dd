// The core loop in the browser, both sides: a recruiter's published job with a required screening question; a
// candidate with an uploaded resume applies from the job's page (a missing answer first, named), finds the
// application on their list; the recruiter sees the applicant on the board, moves them to screening by keyboard,
// opens them in full, writes a rated note, rejects with a reason and a message; the candidate reads that
// message (and never the note) on their application's timeline. The pages pass axe and fit a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, openPage, type TestPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';
import { portalApi, sidewaysScrollAt360 } from './portal-api.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const password = 'correct horse battery staple';
const stamp = Date.now();
const recruiter = { email: `hiring.${stamp}@example.com`, firstName: 'Katherine', lastName: 'Johnson' };
const candidate = { email: `ada.${stamp}@example.com`, firstName: 'Ada', lastName: 'Lovelace' };
const title = `Analytical Engine Programmer ${stamp}`;
let browser: Browser;
const opened: TestPage[] = [];
let jobId: string;
let recruiterToken: string;

const api = (token?: string) => portalApi(baseUrl, token);

/** Registers and verifies an account through the API, as the email link would: its session token. */
async function account(input: Parameters<ReturnType<typeof api>['auth']['register']['mutate']>[0]): Promise<string> {
  await api().auth.register.mutate(input);
  const token = linkIn(await waitForEmail(mailboxUrl, input.email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
  await api().auth.verifyEmail.mutate({ token });
  const session = await api().auth.signIn.mutate({ email: input.email, password });
  if (!session.token) throw new Error('sign-in answered without the token a script asks for');
  return session.token;
}

async function newTab(): Promise<TestPage> {
  const tab = await openPage(browser);
  opened.push(tab);
  return tab;
}

async function signIn(page: Page, email: string, redirect: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?redirect=${encodeURIComponent(redirect)}`);
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL(`${baseUrl}${redirect}`);
}

const RESUME = `Ada Lovelace
Programmer
ada.lovelace@example.com | London, United Kingdom

EXPERIENCE
Programmer, Analytical Engine Project
Jan 2018 - Present
- Wrote the first published algorithm for the engine

SKILLS
Python, SQL, Mathematics
`;

beforeAll(async () => {
  browser = await launchChromium();
  recruiterToken = await account({ role: 'recruiter', email: recruiter.email, password, firstName: recruiter.firstName, lastName: recruiter.lastName, companyName: `Engines Ltd ${stamp}` });
  const job = await api(recruiterToken).jobEditor.create.mutate({
    title,
    description: '<p>Program the engine; publish the notes.</p>',
    remote: 'remote',
    employmentType: 'full_time',
    experienceLevel: 'mid',
    screeningQuestions: [{ id: 'uk', kind: 'yes_no', prompt: 'Can you work UK hours?', required: true }],
  });
  await api(recruiterToken).jobEditor.transition.mutate({ id: job.id, action: 'publish' });
  jobId = job.id;

  const candidateToken = await account({ role: 'candidate', email: candidate.email, password, firstName: candidate.firstName, lastName: candidate.lastName });
  const form = new FormData();
  form.append('file', new Blob([RESUME], { type: 'text/plain' }), 'ada-lovelace.txt');
  const upload = await fetch(`${baseUrl}/api/resumes`, { method: 'POST', body: form, headers: { authorization: `Bearer ${candidateToken}` } });
  expect(upload.status).toBe(201);
});
afterAll(async () => {
  // Closed, so the files after this one find the demo jobs first in the list, as on a fresh portal.
  if (jobId) await api(recruiterToken).jobEditor.transition.mutate({ id: jobId, action: 'close' });
  for (const tab of opened) await tab.close();
  await browser?.close();
});

describe('applying and the hiring pipeline', () => {
  let candidateTab: TestPage;
  let recruiterTab: TestPage;

  it('a candidate applies with a resume and an answer, and finds the application on their list', async () => {
    candidateTab = await newTab();
    const { page, jsErrors } = candidateTab;
    await signIn(page, candidate.email, `/jobs/${jobId}`);
    await page.getByTestId('apply-open').click();
    await page.getByTestId('apply-form').waitFor();
    await page.getByTestId('apply-resume').selectOption({ label: 'ada-lovelace.txt (primary)' });
    await page.getByTestId('apply-cover-letter').fill('I wrote the notes on the engine; I would like to run them.');
    // The required question left unanswered: the form names it and sends nothing.
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.getByTestId('screening-question').first().textContent()).toMatch(/answer/i);
    await page.getByTestId('screening-question').getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByTestId('applied').waitFor();
    expect(await page.getByTestId('applied-on').textContent()).toMatch(/You applied on/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('view-application').click();
    await page.getByTestId('application').waitFor();
    expect(await page.getByTestId('application-heading').textContent()).toContain(title);
    await page.goto(`${baseUrl}/applications`);
    await page.getByTestId('my-applications').waitFor();
    expect(await page.getByTestId('my-application').count()).toBe(1);
    expect(await page.getByTestId('my-application').first().textContent()).toContain(title);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await sidewaysScrollAt360(page)).toBe(0);
    expect(jsErrors).toEqual([]);
  });

  it('the recruiter sees the applicant on the board and moves them to screening from the keyboard', async () => {
    recruiterTab = await newTab();
    const { page, jsErrors } = recruiterTab;
    await signIn(page, recruiter.email, `/recruiter/jobs/${jobId}/applicants`);
    await page.getByTestId('board').waitFor();
    const submitted = page.locator('[data-testid="board-column"][data-status="submitted"]');
    await expect.poll(() => submitted.getByTestId('board-card').count()).toBe(1);
    expect(await submitted.getByTestId('board-card').textContent()).toContain('Ada Lovelace');
    expect(await accessibilityViolations(page)).toEqual([]);

    const move = submitted.getByTestId('move-screening');
    await move.focus();
    await page.keyboard.press('Enter');
    const screening = page.locator('[data-testid="board-column"][data-status="screening"]');
    await expect.poll(() => screening.getByTestId('board-card').count()).toBe(1);
    expect(await page.getByTestId('move-announcement').textContent()).toMatch(/Ada Lovelace moved to screening/);

    // The same applicants as a table.
    await page.getByTestId('view-table').click();
    await page.getByTestId('applicants-table').waitFor();
    expect(await page.getByTestId('applicant-row').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(jsErrors).toEqual([]);
  });

  it('the recruiter reads the application in full, notes and rates it, and rejects with a reason and a message', async () => {
    const { page, jsErrors } = recruiterTab;
    await page.getByTestId('applicant-link').first().click();
    await page.getByTestId('applicant').waitFor();
    expect(await page.getByTestId('applicant-email').textContent()).toBe(candidate.email);
    expect(await page.getByTestId('applicant-letter').textContent()).toContain('I wrote the notes');
    expect(await page.getByTestId('answer').textContent()).toMatch(/UK hours\?\s*Yes/);
    expect(await page.getByTestId('applicant-resume').getAttribute('href')).toMatch(/\/api\/resumes\/[0-9a-f-]+\/file/);

    await page.getByTestId('note-body-input').fill('Strong on algorithms; ask about the Bernoulli numbers.');
    await page.getByTestId('note-rate-4').check();
    await page.getByTestId('note-submit').click();
    await expect.poll(() => page.getByTestId('note').count()).toBe(1);
    expect(await page.getByTestId('note-rating').getAttribute('aria-label')).toBe('Rated 4 of 5');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('move-rejected').click();
    await page.getByTestId('reject-reason').selectOption('position_filled');
    await page.getByTestId('reject-message').fill('We filled the role this week; thank you for your time.');
    await page.getByTestId('reject-confirm').click();
    await expect.poll(() => page.getByTestId('move-status').textContent()).toMatch(/Ada Lovelace was rejected/);
    await expect.poll(() => page.getByTestId('history-step').count()).toBe(3);
    expect(await page.getByTestId('history').textContent()).toMatch(/Screening → Rejected/);
    expect(await sidewaysScrollAt360(page)).toBe(0);
    expect(jsErrors).toEqual([]);
  });

  it("the candidate reads the company's message on the timeline, and never its note", async () => {
    const { page, jsErrors } = candidateTab;
    await page.getByTestId('my-application-link').first().click();
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('timeline-message').textContent()).toContain('We filled the role this week');
    expect(await page.getByTestId('application').textContent()).not.toContain('Bernoulli');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(jsErrors).toEqual([]);
  });

  it('the candidate finds each move in their notifications, opens one, and marks the rest read', async () => {
    const { page, jsErrors } = candidateTab;
    await page.reload();
    await page.getByTestId('unread-badge').waitFor();
    await page.getByTestId('nav-notifications').click();
    await page.getByTestId('notification-list').waitFor();
    const unreadBefore = await page.locator('[data-testid="notification"][data-unread="true"]').count();
    expect(unreadBefore).toBeGreaterThanOrEqual(2); // screening, then rejected
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByTestId('notification').first().getByRole('button').click();
    await page.getByTestId('timeline').waitFor();
    await page.goBack();
    await page.getByTestId('notification-list').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="notification"][data-unread="true"]').length === n - 1, unreadBefore);
    await page.getByTestId('mark-all-read').click();
    await page.getByText('All read').waitFor();
    expect(await page.getByTestId('unread-badge').count()).toBe(0);
    expect(await sidewaysScrollAt360(page)).toBe(0);
    expect(jsErrors).toEqual([]);
  });
});
