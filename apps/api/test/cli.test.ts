// The `hotgigs` command as an operator meets it: clear messages and exit codes for bad configuration and an
// unreachable database, migrations on a fresh data directory, and creating the first admin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../bin/hotgigs.mjs', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function hotgigs(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('hotgigs CLI', () => {
  it('stops with exit code 2 and names the variable when the configuration is bad', () => {
    const run = hotgigs(['serve'], { PORT: 'eighty' });
    expect(run.code).toBe(2);
    expect(run.err).toContain('PORT="eighty": must be a port number from 0 to 65535');
  });

  it('says which database it cannot reach, without the password', () => {
    const run = hotgigs(['migrate', 'status'], { DATABASE_URL: 'postgres://app:s3cret@127.0.0.1:1/hotgigs' });
    expect(run.code).toBe(1);
    expect(run.err).toContain('Cannot reach PostgreSQL at postgres://app:***@127.0.0.1:1/hotgigs');
    expect(run.err).not.toContain('s3cret');
  });

  it('answers an unknown command with the usage', () => {
    const run = hotgigs(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('unknown command "frobnicate"');
    expect(run.err).toContain('Usage: hotgigs <command>');
  });

  it('migrates a fresh embedded database and reports the status', () => {
    expect(hotgigs(['migrate', 'up']).out).toMatch(/^Applied: 0001_initial_schema, 0002_accounts/);
    expect(hotgigs(['migrate', 'status']).out).toMatch(/^applied {2}0001_initial_schema/m);
  });

  it('creates an admin from a piped password, refusing weak passwords and duplicates', () => {
    const weak = hotgigs(['create-admin', '--email', 'root@example.com'], {}, 'password\n');
    expect(weak.code).toBe(2);
    expect(weak.err).toContain('most common passwords');
    const made = hotgigs(['create-admin', '--email', 'root@example.com'], {}, 'a long admin passphrase\n');
    expect(made.code).toBe(0);
    expect(made.out).toContain('Created admin root@example.com');
    expect(hotgigs(['create-admin', '--email', 'root@example.com'], {}, 'a long admin passphrase\n').code).toBe(2);
  });

  it('calls a procedure in process as nobody or as a user, whose access rules apply', () => {
    const search = hotgigs(['call', 'job.search', '--input', '{"filters":{"q":"welder"},"limit":1}']);
    expect(search.code, search.err).toBe(0);
    expect(JSON.parse(search.out)).toMatchObject({ pagination: { page: 1, limit: 1 } });

    const nobody = hotgigs(['call', 'admin.users.list']);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('UNAUTHORIZED: Sign in to continue.');
    // The admin made above has no second factor yet: admin procedures refuse, exactly as in the browser.
    const admin = hotgigs(['call', 'admin.users.list', '--as', 'root@example.com', '--input', '{"page":1,"limit":5}']);
    expect(admin.code).toBe(1);
    expect(admin.err).toContain('FORBIDDEN: Admins must turn on two-factor authentication first');
    const me = hotgigs(['call', 'auth.me', '--as', 'ROOT@example.com']);
    expect(me.code, me.err).toBe(0);
    expect(JSON.parse(me.out)).toMatchObject({ user: { email: 'root@example.com', role: 'admin' } });

    expect(hotgigs(['call', 'auth.me', '--as', 'nobody@example.com']).err).toContain('NOT_FOUND: There is no active user nobody@example.com.');
    expect(hotgigs(['call', 'job.search', '--input', '{"limit":1000}']).err).toMatch(/BAD_REQUEST: limit: /);
    expect(hotgigs(['call', 'job.nothing']).err).toContain('there is no procedure job.nothing');
    expect(hotgigs(['call', 'job.search', '--input', '{oops']).code).toBe(2);
  });
});
