// Opening the database for the portal and the CLI: migrate, load the taxonomy, and seed the demo on a brand-new
// database; the key that encrypts secrets at rest; a sentence for an operator when the database cannot be reached.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { sql, type Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { createDb, migrateToLatest, type Database } from '@hotgigs/db';
import { loadTaxonomy, seedDemo } from '@hotgigs/db/seed';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { ConfigError, decodeSecretKey, type Env } from './env.ts';

export function pgliteDir(env: Env): string {
  return resolve(env.DATA_DIR, 'pglite');
}

/** An open database; in embedded mode it holds the data directory's lock until closed. */
export type OpenDatabase = Database & { lock: DataDirLock | undefined };

/**
 * Opens PostgreSQL, or the embedded database after taking its data directory's lock (data-dir-lock.ts): a
 * second process on one PGlite directory would lose its writes. `command` names this process in the lock.
 */
export async function openDatabase(env: Env, command: string): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    return { ...(await createDb({ databaseUrl: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE })), lock: undefined };
  }
  mkdirSync(resolve(env.DATA_DIR), { recursive: true });
  const lock = lockDataDir(env, command);
  try {
    const database = await createDb({ dataDir: pgliteDir(env) });
    return {
      ...database,
      lock,
      async close() {
        try {
          await database.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Throws when the database cannot answer (readiness probes). */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}

async function hasMigrated(database: Database): Promise<boolean> {
  const result = await sql<{ exists: boolean }>`select to_regclass('public.kysely_migration') is not null as exists`.execute(
    database.db,
  );
  return result.rows[0]?.exists ?? false;
}

/**
 * Brings the database up to date. A brand-new database (no migrations yet) also gets the skills taxonomy and,
 * in embedded mode unless told otherwise, the demo data; an existing one is only migrated.
 */
export async function prepareDatabase(env: Env, log: Logger): Promise<OpenDatabase> {
  const embeddedIsNew = !env.DATABASE_URL && !(existsSync(pgliteDir(env)) && readdirSync(pgliteDir(env)).length > 0);
  const database = await openDatabase(env, 'serve');
  try {
    const isNew = embeddedIsNew || !(await hasMigrated(database));
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) log.info({ applied }, `applied ${applied.length} migration(s)`);
    const skills = await loadTaxonomy(database.db, { onlyIfEmpty: true });
    if (skills.inserted > 0) log.info({ skills: skills.inserted }, 'loaded the skills taxonomy');
    const seedDemoData = env.SEED_DEMO_ON_FIRST_START ?? database.mode === 'embedded';
    if (isNew && seedDemoData) {
      log.info(`new ${database.mode} database: seeding demo data (set SEED_DEMO_ON_FIRST_START=false to skip)`);
      const started = Date.now();
      const seeded = await seedDemo(database.db, {});
      log.info({ ...seeded, ms: Date.now() - started }, 'demo data seeded');
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}


/**
 * The key that encrypts secrets at rest: SECRET_KEY, or one generated once into DATA_DIR/secret-key. Several API
 * instances on PostgreSQL must share one key, so production on PostgreSQL requires SECRET_KEY.
 */
export function resolveSecretKey(env: Env): Uint8Array {
  if (env.SECRET_KEY) return decodeSecretKey(env.SECRET_KEY)!;
  if (env.DATABASE_URL && env.NODE_ENV === 'production') {
    throw new ConfigError(['SECRET_KEY="": required with DATABASE_URL in production (32 bytes: `openssl rand -hex 32`)']);
  }
  const file = resolve(env.DATA_DIR, 'secret-key');
  if (!existsSync(file)) {
    mkdirSync(resolve(env.DATA_DIR), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  const key = decodeSecretKey(readFileSync(file, 'utf8').trim());
  if (!key) throw new ConfigError([`${file}: not a 32-byte hex key; delete it to generate a new one (MFA secrets made with it stop working)`]);
  return key;
}

/** A sentence for an operator when the database cannot be opened; undefined for other errors. */
export function describeDatabaseError(error: unknown, env: Env): string | undefined {
  const { code } = (error ?? {}) as { code?: unknown };
  const where = env.DATABASE_URL ? `PostgreSQL at ${redactUrl(env.DATABASE_URL)}` : `the embedded database in ${pgliteDir(env)}`;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `Cannot reach ${where}: is the server running and listening there? (${code})`;
    case 'ENOTFOUND':
      return `Cannot reach ${where}: the host name does not resolve.`;
    case '28P01':
    case '28000':
      return `${where} refused the user name or password in DATABASE_URL.`;
    case '3D000':
      return `${where}: the database does not exist; create it first (createdb).`;
    default:
      return undefined;
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
