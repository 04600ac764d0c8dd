// One process at a time on an embedded database (data-dir-lock.ts): a CLI command beside a running portal is
// refused with a message naming the portal, nothing is reported as done that was not stored, and a lock left
// by a process that is gone does not get in the way.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockDataDir, lockPath } from '../src/data-dir-lock.ts';

const cli = fileURLToPath(new URL('../bin/hotgigs.mjs', import.meta.url));

function hotgigs(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('one process per embedded database', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'hotgigs-lock-'));
  const inDir = (dataDir: string, args: string[], input?: string) => hotgigs(args, { DATA_DIR: dataDir }, input);

  it('stops a command beside a process that holds the data directory, naming it, and changes nothing', () => {
    const dataDir = dir();
    const lock = lockDataDir({ DATA_DIR: dataDir }, 'serve');
    lock.setUrl('http://127.0.0.1:3999');
    try {
      const refused = inDir(dataDir, ['create-admin', '--email', 'late@example.com'], 'a long admin passphrase\n');
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`in use by the portal running as process ${process.pid} at http://127.0.0.1:3999`);
      expect(refused.err).toContain('nothing was changed');
      expect(refused.out).not.toContain('Created admin');
    } finally {
      lock.release();
    }
    expect(existsSync(lockPath({ DATA_DIR: dataDir }))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes over a lock left by a process that is gone', () => {
    const dataDir = dir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lock = lockDataDir({ DATA_DIR: dataDir }, 'serve');
    // Rewrite the lock as the dead process's.
    const held = JSON.parse(readFileSync(lockPath({ DATA_DIR: dataDir }), 'utf8'));
    lock.release();
    spawnSync('sh', ['-c', `printf '%s' '${JSON.stringify({ ...held, pid: Number(gone.stdout) })}' > '${lockPath({ DATA_DIR: dataDir })}'`]);
    const run = inDir(dataDir, ['migrate', 'status']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^pending {2}0001_initial_schema/m);
    expect(existsSync(lockPath({ DATA_DIR: dataDir }))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a CLI command beside a running portal is refused, and after the portal stops it is stored for good', async () => {
    const dataDir = dir();
    const portal = spawn(process.execPath, [cli, 'serve'], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', WEB_DIST_DIR: '', SEED_DEMO_ON_FIRST_START: 'false' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => portal.once('exit', resolve));
    try {
      const started = Date.now();
      let holder: { pid: number; url?: string } | undefined;
      while (!holder?.url && Date.now() - started < 90_000) {
        await new Promise((r) => setTimeout(r, 200));
        holder = existsSync(lockPath({ DATA_DIR: dataDir })) ? JSON.parse(readFileSync(lockPath({ DATA_DIR: dataDir }), 'utf8')) : undefined;
      }
      expect(holder?.pid).toBe(portal.pid);
      const refused = inDir(dataDir, ['create-admin', '--email', 'root@example.com'], 'a long admin passphrase\n');
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(`the portal running as process ${portal.pid} at ${holder!.url}`);
    } finally {
      portal.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(lockPath({ DATA_DIR: dataDir }))).toBe(false);
    expect(inDir(dataDir, ['create-admin', '--email', 'root@example.com'], 'a long admin passphrase\n').out).toContain('Created admin root@example.com');
    // Stored: the next process sees the admin.
    expect(inDir(dataDir, ['create-admin', '--email', 'root@example.com'], 'a long admin passphrase\n').err).toContain('already has an account');
    rmSync(dataDir, { recursive: true, force: true });
  }, 180_000);
});

