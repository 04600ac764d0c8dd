// Job search: salaries normalised to a yearly amount (so ranges of different periods compare), indexes for
// the search's filters and sorts on the listed jobs, and the vocabulary of title and skill words that typos
// are corrected against (edit distance from fuzzystrmatch).
import { sql, type Kysely } from 'kysely';

/** Working time per year by which hourly, daily and monthly pay are compared with yearly pay. */
const yearly = (column: string) => `CASE salary_period
    WHEN 'hour' THEN ${column} * 2080
    WHEN 'day' THEN ${column} * 260
    WHEN 'month' THEN ${column} * 12
    ELSE ${column} END`;

const statements = [
  'CREATE EXTENSION IF NOT EXISTS fuzzystrmatch',
  `CREATE TABLE search_terms (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  term text NOT NULL UNIQUE CHECK (length(term) BETWEEN 1 AND 100),
  doc_count integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  'CREATE INDEX search_terms_length_idx ON search_terms (length(term))',
  `ALTER TABLE jobs ADD COLUMN salary_min_yearly bigint GENERATED ALWAYS AS (${yearly('salary_min::bigint')}) STORED`,
  `ALTER TABLE jobs ADD COLUMN salary_max_yearly bigint GENERATED ALWAYS AS (${yearly('salary_max::bigint')}) STORED`,
  "CREATE INDEX jobs_listed_salary_idx ON jobs (salary_currency, salary_max_yearly DESC, id DESC) WHERE status = 'published'",
  "CREATE INDEX jobs_listed_company_idx ON jobs (company_id, published_at DESC) WHERE status = 'published'",
  'DROP INDEX jobs_salary_idx',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE IF EXISTS search_terms').execute(db);
  await sql.raw('CREATE INDEX jobs_salary_idx ON jobs (salary_max, salary_min)').execute(db);
  await sql.raw('DROP INDEX IF EXISTS jobs_listed_company_idx').execute(db);
  await sql.raw('DROP INDEX IF EXISTS jobs_listed_salary_idx').execute(db);
  await sql.raw('ALTER TABLE jobs DROP COLUMN IF EXISTS salary_max_yearly').execute(db);
  await sql.raw('ALTER TABLE jobs DROP COLUMN IF EXISTS salary_min_yearly').execute(db);
}
