// `pnpm bench <name> [args]`: benchmarks that print figures. Never part of the test suite.
//   seed [--jobs N]      time `hotgigs seed --demo --jobs N` (default 100000) on embedded PGlite and PostgreSQL
//   startup              first start on an empty data dir, then cold starts of the installed portal, to /readyz 200
//   signin [--rounds N] [--loaded] [--only embedded|postgres]
//                        sign-in latency with 20 concurrent clients (N sign-ins each), embedded and PostgreSQL;
//                        --loaded: on the demo data while 16 other clients search without the result cache, with
//                        the latency of /healthz (no database) beside it
//   search [--jobs N] [--seconds S] [--only embedded|postgres]
//                        job search over HTTP (16 clients) against the same SQL replayed directly, both databases
//   applications [--applicants N] [--runs R] [--only embedded|postgres]
//                        a recruiter's board and applicant table for one job with N (5000) applicants, both databases
//   match [--part speed|esco] [--jobs N] [--candidates N] [--runs R] [--occupations N] [--examples N] [--only embedded|postgres]
//                        speed: recommended jobs and candidates to invite at N x N (100000) synthetic jobs and profiles;
//                        esco: ranking quality on 6 jobs and 6 profiles per ESCO occupation (434), graded by occupation
//                        and ISCO group: NDCG@10 and MRR both ways, and skill-removal monotonicity (both parts by default)
//   relevance [--jobs N] [--only embedded|postgres]
//                        search quality on N (10000) demo jobs and 20 searches: precision@10, recall, NDCG@10,
//                        exact title first, against ground truth computed outside PostgreSQL
//   rest [--seconds S]   REST vs tRPC for the same searches (cached and distinct) and signed-in reads (session
//                        vs API token), 16 clients, on the installed portal with its demo data
//   web [--runs N]       bytes of the /jobs page's JavaScript, CSS and a search answer (brotli, gzip, none), and the
//                        time to the first job in Chromium on a slow mobile connection, compressed and not
//   parse [--data DIR] [--samples DIR] [--format 1col|2col|docx|txt]
//                        resume parser accuracy (precision/recall/F1 per field against the labels) and speed
//                        (extraction and parsing ms per file, files/s), on the committed fixtures or on a folder
//                        of dotin XML resumes (see packages/ai/bench/parse.ts for the matching rule)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPortal } from './lib/portal.mjs';
import { benchWeb } from './lib/web-bench.mjs';
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

let forwardedFor = 0;
/** Each request looks like a different client (the portal trusts X-Forwarded-For here), as behind a proxy. */
async function trpc(url, path, input) {
  forwardedFor += 1;
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(forwardedFor >> 16) & 255}.${(forwardedFor >> 8) & 255}.${forwardedFor & 255}` },
    body: JSON.stringify({ json: input }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error?.json?.message)}`);
  return body.result.data.json;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const SEARCH_WORDS = ['engineer', 'nurse', 'manager', 'teacher', 'sales', 'data', 'designer', 'analyst'];

/** 16 clients searching until `signal.stopped`, each search new to the portal (a salary floor of its own). */
function searchLoad(url, signal) {
  let done = 0;
  let n = 0;
  const clients = Array.from({ length: 16 }, async () => {
    while (!signal.stopped) {
      n += 1;
      const res = await fetch(`${url}/api/jobs?q=${SEARCH_WORDS[n % SEARCH_WORDS.length]}&salary_min=${1000 + n}&limit=20`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`search answered ${res.status}`);
      done += 1;
    }
  });
  return { finished: Promise.all(clients), count: () => done };
}

/** /healthz answered by the API's own thread, one request after another, until `signal.stopped`. */
async function probeHealth(url, signal, latencies) {
  while (!signal.stopped) {
    const t0 = performance.now();
    await (await fetch(`${url}/healthz`)).arrayBuffer();
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function signInLatency(label, env, rounds, loaded = false) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-'));
  const portal = await startPortal({
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    TRUST_PROXY: 'true',
    SEED_DEMO_ON_FIRST_START: loaded ? 'true' : 'false',
    ...(loaded ? { SEARCH_CACHE_ENTRIES: '0' } : {}),
    ...env,
  });
  try {
    const clients = 20;
    const password = 'bench passphrase 2026';
    const emails = Array.from({ length: clients }, (_, i) => `bench${i}-${Date.now()}@example.com`);
    for (const email of emails) {
      await trpc(portal.url, 'auth.register', { role: 'candidate', email, password, firstName: 'Bench', lastName: 'User' });
    }
    // Without SMTP the emails are in the development outbox; verify each account through its link.
    const outbox = await (await fetch(`${portal.url}/dev/outbox.json`)).json();
    for (const email of outbox.emails) {
      const link = email.links.find((l) => l.includes('/verify-email'));
      if (link) await trpc(portal.url, 'auth.verifyEmail', { token: new URL(link).searchParams.get('token') });
    }
    const latencies = [];
    const health = [];
    const signal = { stopped: !loaded };
    const load = loaded ? searchLoad(portal.url, signal) : undefined;
    const probe = loaded ? probeHealth(portal.url, signal, health) : undefined;
    if (loaded) await new Promise((r) => setTimeout(r, 2000));
    const started = performance.now();
    await Promise.all(
      emails.map(async (email) => {
        for (let i = 0; i < rounds; i++) {
          const t0 = performance.now();
          await trpc(portal.url, 'auth.signIn', { email, password });
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const searched = load?.count() ?? 0;
    signal.stopped = true;
    await Promise.all([load?.finished, probe]);
    latencies.sort((a, b) => a - b);
    health.sort((a, b) => a - b);
    const ms = (v) => `${v.toFixed(0)} ms`;
    console.log(
      `  ${label.padEnd(16)} p50 ${ms(percentile(latencies, 50)).padStart(7)}  p95 ${ms(percentile(latencies, 95)).padStart(7)}  max ${ms(latencies.at(-1)).padStart(7)}  ${(latencies.length / seconds).toFixed(1)} sign-ins/s  (${latencies.length} sign-ins)`,
    );
    if (loaded) {
      console.log(
        `  ${''.padEnd(16)} meanwhile: ${(searched / seconds).toFixed(1)} uncached searches/s; /healthz p50 ${ms(percentile(health, 50))}, p95 ${ms(percentile(health, 95))}, max ${ms(health.at(-1))} (${health.length} probes)`,
      );
    }
  } finally {
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchSignIn() {
  const { values } = parseArgs({ args: rest, options: { rounds: { type: 'string', default: '10' }, loaded: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const rounds = Number(values.rounds);
  const loaded = values.loaded;
  console.log(
    `\nauth.signIn over HTTP, 20 concurrent clients x ${rounds} sign-ins (Argon2id m=19 MiB t=2 p=1, at most 4 hashes at once)${loaded ? ', while 16 clients search the demo jobs uncached' : ''}`,
  );
  if (values.only !== 'postgres') await signInLatency('embedded PGlite', { DATABASE_URL: '' }, rounds, loaded);
  if (values.only !== 'embedded' && findPostgresBin()) {
    const pg = await startTempPostgres();
    try {
      await signInLatency('PostgreSQL', { DATABASE_URL: pg.url }, rounds, loaded);
    } finally {
      pg.stop();
    }
  }
}

/** A benchmark written in TypeScript beside the code it measures, run in that package (relative paths in its
 * arguments are taken from where `pnpm bench` was run: INIT_CWD). */
function tsBench(pkg, file) {
  return () => {
    const result = spawnSync('pnpm', ['--filter', pkg, 'exec', 'tsx', file, ...rest], { stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  };
}

const benches = {
  seed: benchSeed,
  startup: benchStartup,
  signin: benchSignIn,
  // The search benchmark captures the SQL of the API's search code; the others call services or the parser.
  search: tsBench('@hotgigs/api', 'bench/search.ts'),
  applications: tsBench('@hotgigs/api', 'bench/applications.ts'),
  match: tsBench('@hotgigs/api', 'bench/match.ts'),
  rest: tsBench('@hotgigs/api', 'bench/rest.ts'),
  relevance: tsBench('@hotgigs/api', 'bench/relevance.ts'),
  parse: tsBench('@hotgigs/ai', 'bench/parse.ts'),
  web: () => benchWeb({ runs: Number(parseArgs({ args: rest, options: { runs: { type: 'string', default: '3' } } }).values.runs) }),
};
if (!benches[name]) {
  console.error(`usage: pnpm bench <${Object.keys(benches).join('|')}> [args]`);
  process.exit(2);
}
await benches[name]();
