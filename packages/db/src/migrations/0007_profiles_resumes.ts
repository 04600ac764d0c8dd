// Profiles and resumes (#11): the profile's lists beside education, and what the resume parse queue needs on
// the resumes table itself (docs/profiles.md: one DB-backed queue for PGlite and PostgreSQL, claimed with
// FOR UPDATE SKIP LOCKED).
import { sql, type Kysely } from 'kysely';

const statements = [
  `ALTER TABLE candidates
  ADD COLUMN experience jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN languages jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN certifications jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN links jsonb NOT NULL DEFAULT '[]'`,
  `ALTER TABLE resumes
  ADD COLUMN attempts smallint NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  ADD COLUMN run_after timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN locked_until timestamptz,
  ADD COLUMN parsed_at timestamptz,
  ADD COLUMN extracted_text text`,
  // One file once per candidate, even for two uploads at the same moment (the second answers 409).
  'DROP INDEX resumes_sha_idx',
  'CREATE UNIQUE INDEX resumes_sha_idx ON resumes (candidate_id, sha256)',
  // What a claimer scans: waiting rows by age, and rows being read (a lock that may have lapsed).
  `CREATE INDEX resumes_claimable_idx ON resumes (created_at) WHERE parse_status IN ('pending', 'parsing')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS resumes_claimable_idx').execute(db);
  await sql.raw('DROP INDEX resumes_sha_idx').execute(db);
  await sql.raw('CREATE INDEX resumes_sha_idx ON resumes (candidate_id, sha256)').execute(db);
  await sql
    .raw('ALTER TABLE resumes DROP COLUMN attempts, DROP COLUMN run_after, DROP COLUMN locked_until, DROP COLUMN parsed_at, DROP COLUMN extracted_text')
    .execute(db);
  await sql.raw('ALTER TABLE candidates DROP COLUMN experience, DROP COLUMN languages, DROP COLUMN certifications, DROP COLUMN links').execute(db);
}
