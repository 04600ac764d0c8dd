// Search speed at 100,000 jobs (see `pnpm bench search`):
// - Narrow rows. A job's description and its full search vector (about 3 kB together) no longer sit in the
//   row: they move to TOAST, so a search that visits 10,000 matching rows reads a few thousand pages instead of
//   ~16,000 (326 MB of heap at 100,000 jobs became 104 MB, ranking vector and skill ids included), and filters,
//   counts and facets read only what they use.
// - A small ranking vector. Relevance is ranked on the title (A) and the skills and company (B) only, kept in
//   the row; ranking no longer reads every match's whole description out of TOAST. Matching still uses the
//   full vector and its GIN index.
// - A job's skill ids in its row, kept by the trigger that keeps its search vector: the skills filter is one
//   GIN look-up (skill_ids @> ...) and the skills facet counts ids in the rows it already has, instead of
//   joining job_skills for every match (80 of a broad search's 96 ms of facets).
// - A generation number that any change to what search shows moves on, in the same transaction as the change,
//   so an API instance may keep search results until it changes (see apps/api/src/services/search-cache.ts).
import { sql, type Kysely } from 'kysely';

/** The jobs columns search reads or shows: an UPDATE of others (view and application counters) keeps the cache. */
const SEARCHED_JOB_COLUMNS = [
  'company_id',
  'title',
  'description',
  'requirements',
  'location',
  'remote',
  'employment_type',
  'experience_level',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'status',
  'published_at',
  'deadline',
  'search_vector',
  'skill_ids',
];

const statements = [
  'ALTER TABLE jobs SET (toast_tuple_target = 128)',
  'ALTER TABLE jobs ALTER COLUMN search_vector SET STORAGE EXTERNAL',
  `ALTER TABLE jobs ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (ts_filter(search_vector, '{a,b}')) STORED NOT NULL`,
  'ALTER TABLE jobs ALTER COLUMN rank_vector SET STORAGE MAIN',
  // The salary sort reads its first page off this index, however many jobs match.
  `CREATE INDEX jobs_listed_salary_sort_idx ON jobs ((coalesce(salary_max_yearly, salary_min_yearly, -1)) DESC, published_at DESC, id DESC)
  WHERE status = 'published'`,
  // Typo correction asks whether a known word starts with the word being typed (LIKE 'devel%').
  'CREATE INDEX search_terms_prefix_idx ON search_terms (term text_pattern_ops)',
  `ALTER TABLE jobs ADD COLUMN skill_ids uuid[] NOT NULL DEFAULT '{}'`,
  'ALTER TABLE jobs ALTER COLUMN skill_ids SET STORAGE MAIN',
  `UPDATE jobs j SET skill_ids = s.ids
  FROM (SELECT job_id, array_agg(skill_id ORDER BY skill_id) AS ids FROM job_skills GROUP BY job_id) s WHERE s.job_id = j.id`,
  "CREATE INDEX jobs_listed_skill_ids_idx ON jobs USING gin (skill_ids) WHERE status = 'published'",
  // Skills in a fixed order, so a job's vector is the same however the database happens to read its skills.
  `CREATE OR REPLACE FUNCTION hotgigs_job_linked_vector(job_id uuid, company_id uuid) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce((
           SELECT string_agg(s.name || ' ' || array_to_string(s.aliases, ' '), ' ' ORDER BY s.slug)
           FROM job_skills js JOIN skills s ON s.id = js.skill_id WHERE js.job_id = $1), '')), 'B')
      || setweight(to_tsvector('english', coalesce((SELECT c.name FROM companies c WHERE c.id = $2), '')), 'B')
$$`,
  `CREATE OR REPLACE FUNCTION hotgigs_job_skills_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE jobs j SET search_vector = ts_filter(j.search_vector, '{a,c,d}') || hotgigs_job_linked_vector(j.id, j.company_id),
    skill_ids = coalesce((SELECT array_agg(js.skill_id ORDER BY js.skill_id) FROM job_skills js WHERE js.job_id = j.id), '{}')
  WHERE j.id IN (SELECT job_id FROM changed_rows);
  RETURN NULL;
END $$`,
  `CREATE TABLE search_generation (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  value bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  'INSERT INTO search_generation DEFAULT VALUES',
  `CREATE FUNCTION hotgigs_search_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_generation SET value = value + 1, updated_at = now() WHERE id = 1;
  RETURN NULL;
END $$`,
  `CREATE TRIGGER jobs_search_changed AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF ${SEARCHED_JOB_COLUMNS.join(', ')}
  ON jobs FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_search_changed()`,
  `CREATE TRIGGER companies_search_changed AFTER UPDATE OF name, slug ON companies
  FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_search_changed()`,
  // A job's skills change its search_vector (a trigger of 0001), which the jobs trigger above sees.
  `CREATE TRIGGER skills_search_changed AFTER UPDATE OF name, slug OR DELETE ON skills
  FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_search_changed()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP FUNCTION IF EXISTS hotgigs_search_changed() CASCADE').execute(db);
  await sql.raw('DROP TABLE IF EXISTS search_generation').execute(db);
  await sql.raw('ALTER TABLE jobs DROP COLUMN IF EXISTS rank_vector').execute(db);
  await sql.raw('ALTER TABLE jobs DROP COLUMN IF EXISTS skill_ids').execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION hotgigs_job_skills_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE jobs j SET search_vector = ts_filter(j.search_vector, '{a,c,d}') || hotgigs_job_linked_vector(j.id, j.company_id)
  WHERE j.id IN (SELECT job_id FROM changed_rows);
  RETURN NULL;
END $$`,
    )
    .execute(db);
  await sql.raw('ALTER TABLE jobs ALTER COLUMN search_vector SET STORAGE EXTENDED').execute(db);
  await sql.raw('ALTER TABLE jobs RESET (toast_tuple_target)').execute(db);
}
