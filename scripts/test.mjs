// `pnpm test`: every test, on every database we support, then the browser tests; one closing line.
//   1. unit + database tests on embedded PGlite
//   2. database tests again on PostgreSQL (TEST_DATABASE_URL, or a throwaway server when one is installed)
//   3. browser tests: the built portal in Debian's Chromium
// Under CI a missing PostgreSQL or Chromium is a failure; on a developer machine it is a skip, said loudly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin, startTempPostgres } from './lib/postgres.mjs';

const ci = process.env.CI === 'true';
const e2eOnly = process.argv.includes('--e2e');
const reportDir = mkdtempSync(join(tmpdir(), 'hotgigs-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function vitest(label, projects, env = {}) {
  const report = join(reportDir, `${label.replace(/\W+/g, '-')}.json`);
  console.log(`\n=== ${label} ===`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const result = spawnSync('pnpm', ['exec', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (!existsSync(report)) {
    problems.push(`${label}: vitest did not finish (exit ${result.status})`);
    totals.failed += 1;
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (result.status !== 0 && json.numFailedTests === 0) {
    problems.push(`${label}: vitest exited ${result.status} (a suite failed to load or a hook failed)`);
    totals.failed += 1;
  }
}

function skipOrFail(what, how) {
  const message = `${what} not available: ${how}`;
  if (ci) {
    problems.push(message);
    totals.failed += 1;
  } else {
    console.log(`\n!!! SKIPPED ${message}`);
  }
}

if (!e2eOnly) {
  vitest('unit + database tests on embedded PGlite', ['unit', 'db'], { TEST_DATABASE_URL: '' });

  if (process.env.TEST_DATABASE_URL) {
    vitest('database tests on PostgreSQL (TEST_DATABASE_URL)', ['db']);
  } else if (findPostgresBin()) {
    const pg = await startTempPostgres({ log: console.log });
    try {
      vitest('database tests on PostgreSQL (throwaway server)', ['db'], { TEST_DATABASE_URL: pg.url });
    } finally {
      pg.stop();
    }
  } else {
    skipOrFail('PostgreSQL run', 'install a server (apt-get install postgresql) or set TEST_DATABASE_URL');
  }
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  console.log('\n=== building the web app for the browser tests ===');
  const build = spawnSync('pnpm', ['--filter', '@hotgigs/web', 'build'], { stdio: 'inherit' });
  if (build.status === 0) vitest('browser tests (Chromium)', ['e2e'], { CHROMIUM_PATH: chromium });
  else {
    problems.push('web build failed');
    totals.failed += 1;
  }
} else {
  skipOrFail('browser tests', `no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

rmSync(reportDir, { recursive: true, force: true });
for (const p of problems) console.log(`\n!!! ${p}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
