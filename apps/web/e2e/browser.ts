// Debian's Chromium driven by playwright-core (no browser download), with the flags this sandbox needs, and pages
// that collect the JavaScript errors a test should fail on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface TestPage {
  page: Page;
  /** Uncaught exceptions and console errors, except the expected ones (see isExpectedConsoleError). */
  jsErrors: string[];
  close(): Promise<void>;
}

/**
 * Chromium logs every 4xx response as a console error. Two are by design: a session that ended elsewhere makes
 * `auth.me` answer 401 once (nobody signed in at all is a plain null); the probe for the development outbox
 * answers 404 wherever the outbox is not served.
 */
function isExpectedConsoleError(message: ConsoleMessage): boolean {
  const { url } = message.location();
  return (
    (/status of 401/.test(message.text()) && /\/trpc\/auth\.me(\?|$)/.test(url)) ||
    (/status of 404/.test(message.text()) && new URL(url, 'http://x').pathname === '/dev/outbox.json')
  );
}

export async function openPage(browser: Browser, { width = 1280, height = 900 } = {}): Promise<TestPage> {
  // Its own client address (the portal trusts X-Forwarded-For in these tests): per-IP rate limits count per page.
  const address = `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
  const context = await browser.newContext({ viewport: { width, height }, extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  const jsErrors: string[] = [];
  page.on('pageerror', (error) => jsErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isExpectedConsoleError(message)) {
      jsErrors.push(`${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`);
    }
  });
  return { page, jsErrors, close: () => context.close() };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe-core finds against WCAG 2.1 A and AA on the page as it is now, one "rule: element" line per problem
 * (none expected). Evaluated through the browser's debugging protocol, which the portal's CSP does not govern.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}
