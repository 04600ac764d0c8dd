// `pnpm bench web`: what a phone downloads for the jobs page, and how long the first job takes to show.
// Starts the built portal on a fresh embedded database (demo data), then:
//   1. bytes of the /jobs page's initial JavaScript and CSS and of one search answer, as sent with brotli, gzip
//      and without compression (raw HTTP, so the sizes are what travels);
//   2. time from navigation to the first job card in Chromium on an emulated slow connection, with the
//      browser's cache off, compressed (as browsers ask) and uncompressed (Accept-Encoding: identity).
import { request } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startPortal } from './portal.mjs';

/** The raw bytes of a response as sent (no decoding), and its Content-Encoding. */
function rawGet(url, encoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': encoding, host: new URL(url).host } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity', status: res.statusCode }));
    });
    req.on('error', reject);
    req.end();
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts, preloaded modules and stylesheets the page's HTML names: what loads before anything shows. */
function initialAssets(html) {
  const found = new Set();
  for (const m of html.matchAll(/<(?:script[^>]+src|link[^>]+href)="(\/assets\/[^"]+\.(?:js|css))"/g)) found.add(m[1]);
  return [...found];
}

async function timeToFirstJob(browser, url, { compressed }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // A phone on a slow mobile connection: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 });
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'accept-encoding': 'identity' } });
  const started = performance.now();
  await page.goto(`${url}/jobs`);
  await page.getByTestId('job-card').first().waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  await context.close();
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchWeb({ runs = 3 } = {}) {
  const webDist = new URL('../../apps/web/dist/index.html', import.meta.url).pathname;
  if (!existsSync(webDist)) spawnSync('pnpm', ['--filter', '@hotgigs/web', 'build'], { stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-web-'));
  const portal = await startPortal({ DATA_DIR: dataDir, DATABASE_URL: '' });
  try {
    const html = await (await fetch(`${portal.url}/jobs`)).text();
    const assets = initialAssets(html);
    const search = `/trpc/job.search?input=${encodeURIComponent(JSON.stringify({ json: { filters: {}, sort: 'date', page: 1, limit: 20, facets: true } }))}`;
    console.log('\nBytes sent for the /jobs page (initial JavaScript and CSS, and one search answer with facets):\n');
    console.log('| what | uncompressed | gzip | brotli |\n|---|---|---|---|');
    const totals = { js: [0, 0, 0], css: [0, 0, 0] };
    for (const path of [...assets, search]) {
      const sizes = [];
      for (const encoding of ['identity', 'gzip', 'br']) sizes.push((await rawGet(`${portal.url}${path}`, encoding)).bytes);
      const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : undefined;
      if (kind) sizes.forEach((size, i) => (totals[kind][i] += size));
      console.log(`| ${path.startsWith('/trpc') ? 'job.search answer' : path} | ${sizes.map(kb).join(' | ')} |`);
    }
    console.log(`| **initial JavaScript** | ${totals.js.map(kb).join(' | ')} |`);
    console.log(`| **CSS** | ${totals.css.map(kb).join(' | ')} |`);

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const rows = [];
      for (const compressed of [true, false]) {
        const times = [];
        for (let i = 0; i < runs; i++) times.push(await timeToFirstJob(browser, portal.url, { compressed }));
        rows.push([compressed ? 'compressed (as browsers ask)' : 'uncompressed (Accept-Encoding: identity)', times]);
      }
      console.log(`\nTime from navigation to the first job card, slow mobile connection (150 ms, 1.6 Mbit/s), cache off, ${runs} runs:\n`);
      console.log('| answers | median | runs |\n|---|---|---|');
      for (const [label, times] of rows) console.log(`| ${label} | ${(median(times) / 1000).toFixed(2)} s | ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s |`);
    } finally {
      await browser.close();
    }
  } finally {
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
