// A candidate builds their profile in the browser: signs up and confirms the email, fills part of the profile and
// saves it (after a field error), uploads a resume with the progress bar, watches it go from parsing to parsed,
// opens the review, accepts everything and finds the profile filled. A PNG renamed .pdf is refused with a
// reason. The pages pass axe and fit a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, launchChromium, openPage, type TestPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;
/** One candidate's tab for the whole file: the tests continue one another. */
let tab: TestPage;

const candidate = {
  firstName: 'Grace',
  lastName: 'Hopper',
  email: `grace.${Date.now()}@example.com`,
  password: 'correct horse battery staple',
};

/** A plain text resume, as a candidate might save one from a word processor. */
const RESUME_TXT = `Grace Hopper
Senior Software Engineer
grace.hopper@example.com | +1 555 010 2030 | Arlington, VA
https://github.com/gracehopper

SUMMARY
Engineer who builds compilers and developer tools, and teaches teams to ship them.

EXPERIENCE
Senior Software Engineer, Eckert-Mauchly Computer Corporation
Jan 2019 - Present
- Led a team of 6 building the first compiler, cutting programming time by 40%
- Wrote the language manual used by 200 engineers

Software Engineer, Harvard Computation Lab
Mar 2014 - Dec 2018
- Programmed the Mark I and documented its operation

EDUCATION
PhD in Mathematics, Yale University, 2008 - 2013

SKILLS
Python, JavaScript, SQL, Docker, Kubernetes, Git

LANGUAGES
English, German
`;

/** The first bytes of a PNG: no PDF, whatever the name says. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  browser = await launchChromium();
  tab = await openPage(browser);
});
afterAll(async () => {
  await tab?.close();
  await browser?.close();
});

/** Chromium logs every 4xx: the PNG's refusal (415) is the point of its check. */
function unexpected(jsErrors: string[]): string[] {
  return jsErrors.filter((error) => !(/status of 415/.test(error) && /\/api\/resumes\b/.test(error)));
}

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
}

/** Remembers whether the upload's progress bar was on screen, however briefly. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && (node.matches('[data-testid="resume-progress"]') || node.querySelector('[data-testid="resume-progress"]'))) w.sawProgress = true;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

describe('a candidate profile', () => {
  it('signs up, fills part of the profile and saves it', async () => {
    const { page, jsErrors } = tab;
    await page.goto(`${baseUrl}/sign-up`);
    await page.getByLabel('First name').fill(candidate.firstName);
    await page.getByLabel('Last name').fill(candidate.lastName);
    await page.getByLabel('Email').fill(candidate.email);
    await page.getByLabel('Password', { exact: true }).fill(candidate.password);
    await page.getByTestId('sign-up-submit').click();
    await page.getByTestId('check-your-email').waitFor();
    const email = await waitForEmail(mailboxUrl, candidate.email, /confirm your email/i);
    await page.goto(linkIn(email, '/verify-email').href);
    await page.getByTestId('email-verified').waitFor();

    await page.goto(`${baseUrl}/`);
    await page.getByTestId('nav-profile').click();
    await page.waitForURL(`${baseUrl}/profile`);
    await page.getByTestId('profile-editor').waitFor();
    expect(await page.getByTestId('profile-first-name').inputValue()).toBe(candidate.firstName);
    await page.getByTestId('completeness-ring').waitFor();
    const before = Number(await page.getByTestId('completeness-ring').getAttribute('data-value'));
    expect(await page.getByTestId('completeness-missing').locator('li').count()).toBeGreaterThan(0);

    // A field error from the browser's own check, next to its field and focused.
    await page.getByTestId('profile-headline').fill('Compiler engineer');
    await page.getByTestId('profile-salary-min').fill('lots');
    await page.getByTestId('save-profile').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('profile-salary-min');
    expect(await text(page, 'profile-save-status')).toBe('Not saved: fix the problems marked in the form.');

    await page.getByTestId('profile-salary-min').fill('120000');
    await page.getByTestId('profile-salary-currency').fill('usd');
    await page.getByTestId('profile-location').fill('Arlington, VA');
    await page.getByTestId('visibility-recruiters_only').check();
    await page.getByTestId('add-experience').click();
    await page.getByTestId('experience-title').fill('Rear Admiral');
    await page.getByTestId('experience-company').fill('US Navy');
    await page.getByTestId('experience-start').fill('1980-01');
    await page.getByTestId('experience-current').check();
    await page.getByTestId('skill-search').pressSequentially('kubern');
    await page.getByTestId('skill-option').first().waitFor();
    await page.getByTestId('skill-search').press('ArrowDown');
    await page.getByTestId('skill-search').press('Enter');
    await page.getByTestId('profile-skill').first().waitFor();
    await page.getByTestId('profile-skill').first().getByLabel(/^Level/).selectOption('4');
    await page.getByTestId('save-profile').click();
    await expect.poll(() => text(page, 'profile-save-status')).toBe('Profile saved.');
    await expect.poll(async () => Number(await page.getByTestId('completeness-ring').getAttribute('data-value'))).toBeGreaterThan(before);

    await page.reload();
    await page.getByTestId('profile-editor').waitFor();
    expect(await page.getByTestId('profile-headline').inputValue()).toBe('Compiler engineer');
    expect(await page.getByTestId('profile-salary-currency').inputValue()).toBe('USD');
    expect(await page.getByTestId('experience-company').inputValue()).toBe('US Navy');
    expect(await page.getByTestId('visibility-recruiters_only').isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(unexpected(jsErrors)).toEqual([]);
  });

  it('adds a skill the taxonomy lacks from the combobox, marked pending review, and saves it', async () => {
    const { page, jsErrors } = tab;
    await page.goto(`${baseUrl}/profile`);
    await page.getByTestId('profile-editor').waitFor();
    // A name no seeded skill has, so the combobox offers to add it.
    const name = `Qx ${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
    const skillSearch = page.getByTestId('skill-search');
    await skillSearch.pressSequentially(name);
    const offer = page.getByTestId('skill-option-new');
    await offer.waitFor();
    expect(await offer.textContent()).toBe(`Add “${name}” as a new skill`);
    // Keyboard: the offer is the last option, reached with the arrows like the others.
    const before = await page.getByTestId('skill-option').count();
    for (let i = 0; i <= before; i++) await skillSearch.press('ArrowDown');
    expect(await skillSearch.getAttribute('aria-activedescendant')).toBe(await offer.getAttribute('id'));
    await skillSearch.press('Enter');
    const chip = page.locator('[data-testid="profile-skill"]', { hasText: name });
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Pending review');
    expect(await skillSearch.inputValue()).toBe('');
    await page.getByTestId('save-profile').click();
    await expect.poll(() => text(page, 'profile-save-status')).toBe('Profile saved.');
    // After a reload the skill is still marked: the profile says which of its skills wait for review.
    await page.reload();
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Pending review');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(unexpected(jsErrors)).toEqual([]);
  });

  it('uploads a resume with a progress bar, watches it parse, reviews it and accepts all into the profile', async () => {
    const { page, jsErrors } = tab;
    await page.goto(`${baseUrl}/profile`);
    await page.getByTestId('resume-upload').waitFor();
    await watchProgress(page);
    await page.getByTestId('resume-input').setInputFiles({ name: 'grace-hopper.txt', mimeType: 'text/plain', buffer: Buffer.from(RESUME_TXT) });
    await expect.poll(() => page.getByTestId('resume-upload-status').getAttribute('data-outcome')).toBe('uploaded');
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);

    const resume = page.getByTestId('resume').first();
    await resume.waitFor();
    expect(await resume.getByTestId('resume-filename').textContent()).toBe('grace-hopper.txt');
    // pending / parsing while the worker reads it, then parsed: the list asks again by itself.
    await expect.poll(() => resume.getAttribute('data-status'), { timeout: 60_000 }).toBe('parsed');
    expect(await resume.getByTestId('resume-primary').count()).toBe(1);

    await resume.getByTestId('review-resume').click();
    await page.waitForURL(/\/profile\/resumes\/[0-9a-f-]{36}$/);
    await page.getByTestId('accept-all').waitFor();
    expect(await text(page, 'resume-text')).toContain('Eckert-Mauchly');
    await page.getByTestId('resume-score-ring').waitFor();
    expect(await page.getByTestId('resume-check').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="review-field"][data-field="phone"]').getAttribute('data-state')).toBe('new');
    expect(await page.getByTestId('review-skill').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('accept-all').click();
    await expect.poll(() => text(page, 'review-message')).toBe('Everything you picked is now on your profile.');
    await expect.poll(() => page.locator('[data-testid="review-field"][data-field="phone"]').getAttribute('data-state')).toBe('same');

    await page.getByRole('link', { name: 'Your profile' }).click();
    await page.waitForURL(`${baseUrl}/profile`);
    await page.getByTestId('profile-editor').waitFor();
    await expect.poll(() => page.getByTestId('profile-phone').inputValue()).not.toBe('');
    // What the candidate typed stays; the resume's entries are added beside it.
    const companies = await page.getByTestId('experience-company').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(companies).toContain('US Navy');
    expect(companies.length).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="profile-skill"]', { hasText: 'From resume' }).count()).toBeGreaterThan(0);
    expect(unexpected(jsErrors)).toEqual([]);
  });

  it('refuses a PNG renamed .pdf with a reason, and fits a phone', async () => {
    const { page, jsErrors } = tab;
    await page.goto(`${baseUrl}/profile`);
    await page.getByTestId('resume-upload').waitFor();
    // The earlier tests left resumes: count them once the list has loaded, not while it is still on its way.
    await page.getByTestId('resume-list').waitFor();
    const count = await page.getByTestId('resume').count();
    await page.getByTestId('resume-input').setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: PNG });
    await expect.poll(() => page.getByTestId('resume-upload-status').getAttribute('data-outcome')).toBe('refused');
    expect(await text(page, 'resume-upload-status')).toMatch(/not a PDF, Word \(DOCX\) or plain text file/);
    expect(await page.getByTestId('resume').count()).toBe(count);

    await page.setViewportSize({ width: 360, height: 780 });
    // The layout settles after the resize: ask until it has.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(unexpected(jsErrors)).toEqual([]);
  });
});
