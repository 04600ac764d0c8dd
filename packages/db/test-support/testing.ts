// Real databases for tests: a migrated template is made once per run (globalSetup) and every test file gets
// its own copy of it, embedded PGlite by default or PostgreSQL when TEST_DATABASE_URL is set. No mocks.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { DB } from '@hotgigs/shared';
import { createDb, PGLITE_EXTENSIONS, type Database } from '../src/create-db.ts';
import { migrateToLatest } from '../src/migrate.ts';

/** What globalSetup hands to the test files: where the template is. */
export type TestTemplate =
  | { mode: 'embedded'; dumpPath: string }
  | { mode: 'postgres'; serverUrl: string; templateName: string };

/** Extra set-up baked into the template once, e.g. loading the skills taxonomy. */
export type TemplateSetup = (db: Kysely<DB>) => Promise<void>;

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestTemplate(setup?: TemplateSetup): Promise<TestTemplate> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const templateName = `hotgigs_template_${process.pid}_${randomBytes(3).toString('hex')}`;
    await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${templateName}`));
    const database = await createDb({ databaseUrl: databaseUrl(serverUrl, templateName), poolSize: 1 });
    try {
      await migrateToLatest(database.db);
      await setup?.(database.db);
    } finally {
      await database.close();
    }
    return { mode: 'postgres', serverUrl, templateName };
  }
  const pglite = await PGlite.create('memory://', { extensions: PGLITE_EXTENSIONS });
  const database = await createDb({ pglite });
  try {
    await migrateToLatest(database.db);
    await setup?.(database.db);
  } finally {
    await database.close();
  }
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  const dumpPath = join(tmpdir(), `hotgigs-template-${process.pid}-${randomBytes(3).toString('hex')}.tar`);
  await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  return { mode: 'embedded', dumpPath };
}

export async function dropTestTemplate(template: TestTemplate): Promise<void> {
  if (template.mode === 'postgres') {
    await onServer(template.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${template.templateName}`));
  }
}

export interface TestDatabase extends Database {
  /** Empties every table but the taxonomy (skills, skill_relations), which the template holds ready. */
  truncate(): Promise<void>;
  /** For a server started by a test (the HTTP host, the CLI): how to reach this same database. */
  url: string | undefined;
  pglite: PGlite | undefined;
}

// search_generation is one row that only ever counts up (search result caches compare it).
const KEPT_TABLES = new Set(['skills', 'skill_relations', 'search_generation']);

export async function createTestDb(template: TestTemplate): Promise<TestDatabase> {
  let database: Database;
  let url: string | undefined;
  let pglite: PGlite | undefined;
  let dropDatabase = async () => {};
  if (template.mode === 'postgres') {
    const name = `hotgigs_test_${randomBytes(6).toString('hex')}`;
    await onServer(template.serverUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template.templateName}`));
    url = databaseUrl(template.serverUrl, name);
    database = await createDb({ databaseUrl: url, poolSize: 4 });
    dropDatabase = () =>
      onServer(template.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});
  } else {
    const dump = await readFile(template.dumpPath);
    pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: PGLITE_EXTENSIONS });
    database = await createDb({ pglite });
  }
  const tables = (await database.db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !KEPT_TABLES.has(name) && !name.startsWith('kysely_'));
  const owned = pglite;
  return {
    ...database,
    url,
    pglite,
    async truncate() {
      // Skills users added are not the taxonomy: they go with the users who added them.
      await sql.raw(`DELETE FROM skills WHERE created_by IS NOT NULL OR status <> 'approved'`).execute(database.db);
      // The audit log refuses DELETE by trigger; TRUNCATE is the test-only way to empty it.
      await sql.raw(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`).execute(database.db);
    },
    async close() {
      await database.close();
      if (owned && !owned.closed) await owned.close();
      await dropDatabase();
    },
  };
}
