// `pnpm bench <name> [args]`: benchmarks that print figures. Never part of the test suite.
//   seed [--jobs N]      time `hotgigs seed --demo --jobs N` (default 100000) on embedded PGlite and PostgreSQL
//   startup              first start on an empty data dir, then cold starts of the installed portal, to /readyz 200
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findPostgresBin, startTempPostgres } from './lib/postgres.mjs';

const cli = new URL('../apps/api/bin/hotgigs.mjs', import.meta.url).pathname;
const [name, ...rest] = process.argv.slice(2);

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function timeCli(args, env) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`hotgigs ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, output: result.stdout.trim() };
}

async function benchSeed() {
  const { values } = parseArgs({ args: rest, options: { jobs: { type: 'string', default: '100000' } } });
  const jobs = values.jobs;
  const rows = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-'));
  try {
    const { ms, output } = timeCli(['seed', '--demo', '--jobs', jobs], { DATA_DIR: dataDir, DATABASE_URL: '' });
    rows.push(['embedded PGlite', ms, output.split('\n').at(-1)]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (findPostgresBin() || process.env.BENCH_DATABASE_URL) {
    const pg = process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL, stop() {} } : await startTempPostgres();
    try {
      const { ms, output } = timeCli(['seed', '--demo', '--jobs', jobs], { DATABASE_URL: pg.url });
      rows.push(['PostgreSQL', ms, output.split('\n').at(-1)]);
    } finally {
      pg.stop();
    }
  } else {
    console.log('PostgreSQL: skipped (no server binaries; set BENCH_DATABASE_URL or install postgresql)');
  }
  console.log(`\nhotgigs seed --demo --jobs ${jobs} (wall time of the whole command, incl. migrations and taxonomy)`);
  for (const [db, ms, last] of rows) console.log(`  ${db.padEnd(16)} ${seconds(ms).padStart(8)}   ${last}`);
}

async function timeToReady(env) {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'serve'], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return performance.now() - started;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

async function benchStartup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-'));
  try {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await timeToReady(env);
    const cold = [];
    for (let i = 0; i < 5; i++) cold.push(await timeToReady(env));
    cold.sort((a, b) => a - b);
    console.log('\nhotgigs serve, embedded PGlite, time from process start to /readyz 200');
    console.log(`  first start (empty data dir: migrate + taxonomy + demo seed)  ${seconds(first)}`);
    console.log(`  cold start of the installed portal, median of 5             ${seconds(cold[2])}  (min ${seconds(cold[0])}, max ${seconds(cold[4])})`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const benches = { seed: benchSeed, startup: benchStartup };
if (!benches[name]) {
  console.error(`usage: pnpm bench <${Object.keys(benches).join('|')}> [args]`);
  process.exit(2);
}
await benches[name]();
