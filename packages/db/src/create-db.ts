// One factory for both runtime modes: embedded PGlite (no DATABASE_URL) or PostgreSQL through `pg`.
// Both go through node-postgres and Kysely's PostgresDialect, so every query runs the same code.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type CompiledQuery, type KyselyConfig } from 'kysely';
import pg from 'pg';
import { pgConfigForThread, startPgliteThread, type PgliteThread } from './pglite-thread.ts';
import type { DB } from '@hotgigs/shared';

// Calendar dates stay `YYYY-MM-DD` strings: parsing them into a Date would shift them by the host's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const PGLITE_EXTENSIONS = { citext, fuzzystrmatch, pg_trgm, unaccent };

export type DatabaseMode = 'embedded' | 'postgres';

export interface CreateDbOptions {
  /** postgres://... selects PostgreSQL; absent selects embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** An already-open PGlite (tests load a migrated template into one); it runs in this thread. */
  pglite?: PGlite | undefined;
  /**
   * Opens `dataDir` in this thread rather than in a worker thread (pglite-thread.ts). The worker is the default:
   * in this thread each statement stops every other request of the process while it runs.
   */
  sameThread?: boolean | undefined;
  /** Connections in the pool (PostgreSQL only; PGlite serves one at a time). */
  poolSize?: number | undefined;
  /** Called after every query with its SQL, parameters and duration (benchmarks capture statements with it). */
  onQuery?: ((query: CompiledQuery, durationMs: number) => void) | undefined;
}

export interface Database {
  db: Kysely<DB>;
  mode: DatabaseMode;
  /** Closes the pool, and the PGlite instance when this factory opened it. */
  close(): Promise<void>;
}

export async function openPglite(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
}

function logging(options: CreateDbOptions): Pick<KyselyConfig, 'log'> {
  const { onQuery } = options;
  return onQuery
    ? {
        log: (event) => {
          if (event.level === 'query') onQuery(event.query, event.queryDurationMillis);
        },
      }
    : {};
}

/**
 * Planner settings for a web app's many small concurrent queries, per connection:
 * - random_page_cost 1.1 (the usual advice for SSDs; the default 4 is a spinning disk's) lets it read a
 *   broad text search's matches off the GIN index rather than scan every job and read each one's search
 *   vector out of TOAST (about 5x slower at 100,000 jobs);
 * - no parallel workers: with every core already busy serving other requests, they only add overhead.
 */
const PLANNER_SETTINGS = { random_page_cost: '1.1', max_parallel_workers_per_gather: '0' };

/** The planner settings as statements, for an embedded database (its one session). */
export const PLANNER_SETTINGS_SQL = Object.entries(PLANNER_SETTINGS)
  .map(([name, value]) => `SET ${name} = ${value};`)
  .join(' ');

export async function createDb(options: CreateDbOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      options: Object.entries(PLANNER_SETTINGS).map(([name, value]) => `-c ${name}=${value}`).join(' '),
    });
    // An idle client that loses its server must not crash the process; the next query reports the problem.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...logging(options) });
    return { db, mode: 'postgres', close: () => db.destroy() };
  }
  // An open PGlite (tests) stays the caller's to close; one opened here is closed with the database.
  let backend: PGlite | PgliteThread | undefined;
  let pool: pg.Pool;
  if (options.pglite) {
    await options.pglite.exec(PLANNER_SETTINGS_SQL);
    pool = new pg.Pool(createPgConfig(options.pglite));
  } else if (options.sameThread) {
    const pglite = await openPglite(options.dataDir ?? './.data/pglite');
    await pglite.exec(PLANNER_SETTINGS_SQL);
    pool = new pg.Pool(createPgConfig(pglite));
    backend = pglite;
  } else {
    // The worker opens the directory (openPglite) and applies the planner settings itself.
    const thread = startPgliteThread(options.dataDir ?? './.data/pglite');
    try {
      await thread.waitReady;
    } catch (error) {
      await thread.close();
      throw error;
    }
    pool = new pg.Pool(pgConfigForThread(thread) as pg.PoolConfig);
    backend = thread;
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...logging(options) });
  return {
    db,
    mode: 'embedded',
    async close() {
      await db.destroy();
      if (backend && !backend.closed) await backend.close();
    },
  };
}
