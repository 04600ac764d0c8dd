// @hotgigs/client as a script outside the monorepo gets it (docs/rest.md, packages/client/README.md): the
// package is built to dist/ and packed, installed with npm into an empty folder outside the repository (its
// five npm dependencies come from the registry), a TypeScript script is type-checked against the packed
// declarations (wrong calls must fail to compile, so the types are real, not `any`), then run with Node
// against the started portal with a personal API token.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { linkIn, waitForEmail } from './mailbox.ts';
import { portalApi } from './portal-api.ts';

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const repo = resolve(import.meta.dirname, '../../..');
const clientDir = join(repo, 'packages/client');
const tsc = createRequire(join(clientDir, 'package.json')).resolve('typescript/bin/tsc');
const folder = mkdtempSync(join(tmpdir(), 'hotgigs-script-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string, env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const SCRIPT = `import { createHotgigsClient, hotgigsError, type HotgigsOutputs } from '@hotgigs/client';

const hotgigs = createHotgigsClient({ url: process.env.HOTGIGS_URL!, token: process.env.HOTGIGS_TOKEN! });
const me = await hotgigs.auth.me.query();
const found = await hotgigs.job.search.query({ filters: { q: 'engineer' }, limit: 3 });
const first: HotgigsOutputs['job']['search']['items'][number] | undefined = found.items[0];
const publishedIsDate = first ? first.publishedAt instanceof Date : null;
let refused = '';
try {
  await hotgigs.profile.update.mutate({ headline: 'Scripted' });
} catch (error) {
  refused = hotgigsError(error)?.code ?? 'unknown';
}
console.log(JSON.stringify({ email: me?.user.email, total: found.pagination.totalCount, titles: found.items.map((job) => job.title), publishedIsDate, refused }));
`;

// Calls the types must refuse: each line must fail to compile on its own.
const WRONG = [
  `await hotgigs.job.search.query({ filters: { colour: 'blue' } });`,
  `const n: number = (await hotgigs.job.search.query({})).items[0]!.title;`,
  `await hotgigs.job.nonsense.query();`,
];

describe('@hotgigs/client outside the monorepo', () => {
  it('installs from its packed build with npm, type-checks a script with the real types, and calls the portal', async () => {
    run(process.execPath, [join(clientDir, 'scripts/build.mjs')], clientDir);
    run('npm', ['pack', '--pack-destination', folder], join(clientDir, 'dist'));
    const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'))!;
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'a-script', private: true, type: 'module' }));
    run('npm', ['install', `./${tarball}`, '@types/node@20', '--no-audit', '--no-fund', '--loglevel=error'], folder);
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, outDir: 'out', types: ['node'] }, files: ['script.ts'] }),
    );

    for (const line of WRONG) {
      writeFileSync(join(folder, 'script.ts'), `${SCRIPT}\n${line.replace('hotgigs.', 'createHotgigsClient({ url: "" }).')}\n`);
      expect(() => run(process.execPath, [tsc, '-p', '.', '--noEmit'], folder), line).toThrow();
    }
    writeFileSync(join(folder, 'script.ts'), SCRIPT);
    run(process.execPath, [tsc, '-p', '.'], folder);

    // A candidate with a read-only API token, made as a person does in the account page.
    const email = `script.${Date.now()}@example.com`;
    const password = 'correct horse battery staple';
    await portalApi(baseUrl).auth.register.mutate({ role: 'candidate', email, password, firstName: 'Sam', lastName: 'Script' });
    const verify = linkIn(await waitForEmail(mailboxUrl, email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
    await portalApi(baseUrl).auth.verifyEmail.mutate({ token: verify });
    const session = await portalApi(baseUrl).auth.signIn.mutate({ email, password });
    const { token } = await portalApi(baseUrl, session.token).auth.apiTokens.create.mutate({ name: 'outside script', scope: 'read', expiresInDays: 7 });

    const output = run(process.execPath, ['out/script.js'], folder, { HOTGIGS_URL: baseUrl, HOTGIGS_TOKEN: token });
    const result = JSON.parse(output.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ email, refused: 'FORBIDDEN' });
    expect(result.total).toBeGreaterThan(0);
    expect(result.publishedIsDate).toBe(true);
  }, 240_000);
});
