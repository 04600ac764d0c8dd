// Accounts in the browser: sign up, confirm the email from the real email, sign in and out, pages behind sign-in;
// two-factor authentication set up from the key shown on the page, then signing in with a code and a recovery code.
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type TestPage } from './browser.ts';
import { linkIn, waitForEmail } from './mailbox.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
let browser: Browser;
const opened: TestPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await Promise.all(opened.map((tab) => tab.close()));
  await browser?.close();
});

async function newTab(): Promise<TestPage> {
  const tab = await openPage(browser);
  opened.push(tab);
  return tab;
}

interface Person {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
}

let people = 0;
function newPerson(firstName: string, lastName: string): Person {
  people += 1;
  // The password must not contain the email's local part (the API refuses that).
  return {
    firstName,
    lastName,
    email: `${firstName.toLowerCase()}.${Date.now()}.${people}@example.com`,
    password: 'correct horse battery staple',
  };
}

/** TOTP (RFC 6238, SHA-1, 30 s, 6 digits) for the step `stepsFromNow` away from the current one. */
function totpCode(base32Secret: string, stepsFromNow = 0): string {
  const step = Math.floor(Date.now() / 30_000) + stepsFromNow;
  return generateHOTP(decodeBase32IgnorePadding(base32Secret), BigInt(step), 6);
}

async function signUpAsCandidate(page: Page, person: Person): Promise<void> {
  await page.goto(`${baseUrl}/sign-up`);
  expect(await page.getByTestId('role-candidate').isChecked()).toBe(true);
  await page.getByLabel('First name').fill(person.firstName);
  await page.getByLabel('Last name').fill(person.lastName);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  const outboxProbe = page.waitForResponse((response) => new URL(response.url()).pathname === '/dev/outbox.json');
  await page.getByTestId('sign-up-submit').click();
  await page.getByTestId('check-your-email').waitFor();
  expect(await page.getByTestId('sent-to').textContent()).toBe(person.email);
  // Production with a mail server has no development outbox, so the screen does not point to one.
  expect((await outboxProbe).status()).toBe(404);
  expect(await page.getByTestId('dev-outbox-link').count()).toBe(0);
}

async function verificationLink(person: Person): Promise<URL> {
  const email = await waitForEmail(mailboxUrl, person.email, /confirm your email/i);
  const link = linkIn(email, '/verify-email');
  expect(link.origin).toBe(baseUrl);
  return link;
}

/** The link opened in the browser that signed up: confirmed and signed in, on the one address. */
async function verifyEmailFromInbox(page: Page, person: Person): Promise<void> {
  await page.goto((await verificationLink(person)).href);
  await page.getByTestId('email-verified').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your email is verified');
  await page.getByTestId('verified-signed-in').waitFor();
  await page.getByTestId('nav-account').waitFor();
}

/** The link opened elsewhere (another browser, a phone's mail app): confirmed, and the sign-in form knows the address. */
async function verifyEmailElsewhere(person: Person): Promise<void> {
  const { page, jsErrors } = await newTab();
  await page.goto((await verificationLink(person)).href);
  await page.getByTestId('email-verified').waitFor();
  await page.getByTestId('verified-sign-in').click();
  await page.getByTestId('sign-in-form').waitFor();
  expect(await page.getByLabel('Email').inputValue()).toBe(person.email);
  expect(await page.getByTestId('nav-account').count()).toBe(0);
  expect(jsErrors).toEqual([]);
}

async function signInWithPassword(page: Page, person: Person): Promise<void> {
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByTestId('sign-in-submit').click();
}

async function navLinks(page: Page): Promise<string[]> {
  const items = await page.getByTestId('main-nav').locator('li').allTextContents();
  return items.map((text) => text.trim());
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page.getByTestId('nav-sign-in').waitFor();
  expect(await page.getByTestId('page-notice').textContent()).toBe('You are signed out.');
  expect(new URL(page.url()).pathname).toBe('/');
}

describe('accounts', () => {
  it('signs up, confirms the email from the email and is signed in there, signs out and in; /account then asks to sign in', async () => {
    const { page, jsErrors } = await newTab();
    const ada = newPerson('Ada', 'Lovelace');
    await signUpAsCandidate(page, ada);
    await verifyEmailFromInbox(page, ada);
    await page.getByTestId('verified-continue').click();
    await page.waitForURL(`${baseUrl}/`);
    expect(await navLinks(page)).toEqual(['Jobs', 'Profile', 'For you', 'Applications', 'Saved jobs', 'Alerts', 'Notifications', 'Account', 'Sign out']);
    await signOut(page);
    await page.goto(`${baseUrl}/sign-in`);
    await signInWithPassword(page, ada);
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('nav-account').waitFor();

    await page.getByTestId('nav-account').click();
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByTestId('profile-name').waitFor();
    expect(await page.getByTestId('profile-name').textContent()).toBe('Ada Lovelace');

    await signOut(page);
    expect(await navLinks(page)).toEqual(['Jobs', 'Sign in', 'Sign up']);
    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(`${baseUrl}/sign-in?redirect=/account`);
    await page.getByTestId('sign-in-form').waitFor();
    expect(jsErrors).toEqual([]);
  });

  it('follows ?redirect= only to a page on this site', async () => {
    const { page, jsErrors } = await newTab();
    const grace = newPerson('Grace', 'Hopper');
    await signUpAsCandidate(page, grace);
    await verifyEmailElsewhere(grace);

    await page.goto(`${baseUrl}/sign-in?redirect=${encodeURIComponent('//evil.example/account')}`);
    await signInWithPassword(page, grace);
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('nav-account').waitFor();
    expect(jsErrors).toEqual([]);
  });

  it('sets up two-factor authentication, then signs in with a code, and with a recovery code', async () => {
    const { page, jsErrors } = await newTab();
    const katherine = newPerson('Katherine', 'Johnson');
    await signUpAsCandidate(page, katherine);
    await verifyEmailElsewhere(katherine);

    // Asking for /account signed out leads through sign-in and back.
    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(/\/sign-in\?redirect=\/account$/);
    await signInWithPassword(page, katherine);
    await page.waitForURL(`${baseUrl}/account`);

    await page.getByTestId('mfa-start').click();
    await page.getByTestId('mfa-qr-code').waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('6-digit code').fill(totpCode(secret));
    await page.getByTestId('mfa-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    const recoveryCodes = await page.getByTestId('recovery-code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await page.getByTestId('recovery-codes-saved').click();
    await page.getByTestId('mfa-status').waitFor();
    expect(await page.getByTestId('recovery-codes').count()).toBe(0);
    expect(await page.getByTestId('mfa-status').getByText('On', { exact: true }).count()).toBe(1);

    await signOut(page);
    await page.goto(`${baseUrl}/sign-in`);
    await signInWithPassword(page, katherine);
    await page.getByTestId('mfa-step').waitFor();
    const codeInput = page.getByLabel('Authentication code');
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
    // The code from enrolment may not be used again: take the next time step's (the server accepts ±1 step).
    await codeInput.fill(totpCode(secret, 1));
    await page.getByTestId('mfa-submit').click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('nav-account').waitFor();
    expect(await navLinks(page)).toEqual(['Jobs', 'Profile', 'For you', 'Applications', 'Saved jobs', 'Alerts', 'Notifications', 'Account', 'Sign out']);

    await signOut(page);
    await page.goto(`${baseUrl}/sign-in`);
    await signInWithPassword(page, katherine);
    await page.getByTestId('mfa-step').waitFor();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]!);
    await page.getByTestId('mfa-submit').click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('nav-account').click();
    await page.getByTestId('recovery-codes-left').waitFor();
    expect(await page.getByTestId('recovery-codes-left').textContent()).toBe('9 recovery codes left.');
    expect(jsErrors).toEqual([]);
  });

  it('ends the other sessions: the other browser is sent to sign in', async () => {
    const first = await newTab();
    const second = await newTab();
    const mary = newPerson('Mary', 'Jackson');
    await signUpAsCandidate(first.page, mary);
    await verifyEmailElsewhere(mary);
    for (const { page } of [first, second]) {
      await page.goto(`${baseUrl}/sign-in?redirect=%2Faccount`);
      await signInWithPassword(page, mary);
      await page.waitForURL(`${baseUrl}/account`);
    }

    await first.page.reload();
    await first.page.getByTestId('session').nth(1).waitFor();
    expect(await first.page.getByTestId('session').count()).toBe(2);
    await first.page.getByTestId('revoke-other-sessions').click();
    await first.page.getByTestId('revoke-other-sessions-confirm').click();
    await first.page.getByText('Signed out 1 other session.').waitFor();
    expect(await first.page.getByTestId('session').count()).toBe(1);

    // The next request from the other browser finds its session gone.
    await second.page.getByTestId('download-data').click();
    await second.page.waitForURL(`${baseUrl}/sign-in?redirect=/account`);
    await second.page.getByTestId('sign-in-form').waitFor();
    expect(first.jsErrors).toEqual([]);
  });

  it('makes an API token in the account page, shows it once, a script uses it, and revoking it stops the script', async () => {
    const { page, jsErrors } = await newTab();
    const ada = newPerson('Ada', 'Script');
    await signUpAsCandidate(page, ada);
    await verifyEmailFromInbox(page, ada);
    await page.goto(`${baseUrl}/account#api-tokens`);
    await page.getByText('No tokens yet.').waitFor();
    const form = page.getByTestId('api-token-form');
    await form.getByRole('button', { name: 'Make token' }).click();
    expect(await form.getByText('Name the token after the script').count()).toBe(1);
    await form.getByLabel('Name').fill('nightly export');
    await form.getByLabel('Expires').selectOption('30');
    await form.getByRole('button', { name: 'Make token' }).click();
    const token = (await page.getByTestId('api-token-value').textContent())!;
    expect(token).toMatch(/^hg_/);
    await page.getByTestId('api-token').waitFor();
    expect(await page.getByTestId('api-token').textContent()).toContain('Read-only');

    const me = () => fetch(`${baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect((await me()).status).toBe(200);
    await page.getByRole('button', { name: 'I have saved it' }).click();
    expect(await page.getByTestId('api-token-value').count()).toBe(0);
    await page.reload();
    await page.getByText('last used just now').waitFor();

    await page.getByTestId('revoke-api-token').click();
    await page.getByTestId('revoke-api-token-confirm').click();
    await page.getByText('No tokens yet.').waitFor();
    expect((await me()).status).toBe(401);
    expect(jsErrors).toEqual([]);
  });
});
