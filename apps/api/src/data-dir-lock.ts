// One process at a time on an embedded database. PGlite keeps the whole database in the memory of the process
// that opened it and writes it back on its own schedule: a second process (`hotgigs create-admin` beside a
// running portal) works on a copy, reports success, and its writes are lost. So every process that opens
// DATA_DIR/pglite first takes DATA_DIR/hotgigs.lock, which names it (PID, command, address), and a process
// that finds the lock held by a live process stops and says which one holds it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Env } from './env.ts';

export interface LockHolder {
  pid: number;
  /** What the holder is doing: "serve", "migrate up", ... */
  command: string;
  /** Where a running portal answers, once it listens. */
  url?: string;
  since: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const who =
      holder.command === 'serve'
        ? `the portal running as process ${holder.pid}${holder.url ? ` at ${holder.url}` : ''}`
        : `\`hotgigs ${holder.command}\` running as process ${holder.pid}`;
    super(
      `The embedded database in ${dataDir} is in use by ${who} (since ${holder.since}). ` +
        'Only one process may open it: stop that process first (Ctrl+C in its terminal, or `kill ' +
        `${holder.pid}\`), then run this command again; nothing was changed.`,
    );
  }
}

export function lockPath(env: Pick<Env, 'DATA_DIR'>): string {
  return resolve(env.DATA_DIR, 'hotgigs.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

export interface DataDirLock {
  /** Records where the portal answers, for the message other processes get. */
  setUrl(url: string): void;
  release(): void;
}

/**
 * Takes the lock of the embedded data directory for this process, or throws DataDirInUseError naming the live
 * process that holds it. A lock left by a process that is gone (killed, crashed) is taken over.
 */
export function lockDataDir(env: Pick<Env, 'DATA_DIR'>, command: string): DataDirLock {
  const path = lockPath(env);
  const holder: LockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx': created only if absent, atomically, so two processes starting at once cannot both win.
      writeFileSync(path, JSON.stringify(holder), { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readHolder(path);
      if (current && current.pid !== process.pid && isAlive(current.pid)) throw new DataDirInUseError(resolve(env.DATA_DIR), current);
      if (attempt > 0) throw error;
      rmSync(path, { force: true });
    }
  }
  let released = false;
  return {
    setUrl(url) {
      if (!released) writeFileSync(path, JSON.stringify({ ...holder, url }), { mode: 0o600 });
    },
    release() {
      if (released) return;
      released = true;
      if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    },
  };
}
