// Exact words for relevance (#10, docs/search.md#ranking-sort-relevance): the job's words as written, through the
// `simple` configuration (lower-cased, never stemmed), beside the `english` search vector that matches stems. A
// job with every query word as written ("designer") ranks above one with only its stem ("design", "designing").
// Same weights and the same split as the search vector: a change to the job's skills or company name (any
// UPDATE that sets search_vector, see 0001 and 0005) redoes only the B part and never re-parses the description.
// Kept out of the row (EXTERNAL, like search_vector); search reads it only through its GIN index.
import { sql, type Kysely } from 'kysely';

const statements = [
  `ALTER TABLE jobs ADD COLUMN exact_vector tsvector NOT NULL DEFAULT ''::tsvector`,
  'ALTER TABLE jobs ALTER COLUMN exact_vector SET STORAGE EXTERNAL',
  `CREATE FUNCTION hotgigs_job_exact_text_vector(j jobs) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('simple', coalesce(j.title, '')), 'A')
      || setweight(to_tsvector('simple', left(coalesce(j.requirements, ''), 20000)), 'C')
      || setweight(to_tsvector('simple', left(coalesce(j.description, ''), 50000)), 'D')
$$`,
  `CREATE FUNCTION hotgigs_job_exact_linked_vector(job_id uuid, company_id uuid) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', coalesce((
           SELECT string_agg(s.name || ' ' || array_to_string(s.aliases, ' '), ' ' ORDER BY s.slug)
           FROM job_skills js JOIN skills s ON s.id = js.skill_id WHERE js.job_id = $1), '')), 'B')
      || setweight(to_tsvector('simple', coalesce((SELECT c.name FROM companies c WHERE c.id = $2), '')), 'B')
$$`,
  `CREATE FUNCTION hotgigs_job_exact_vector(j jobs) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT hotgigs_job_exact_text_vector(j) || hotgigs_job_exact_linked_vector(j.id, j.company_id)
$$`,
  `CREATE FUNCTION hotgigs_jobs_exact_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.exact_vector := hotgigs_job_exact_vector(NEW);
  ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.requirements IS DISTINCT FROM OLD.requirements
      OR NEW.description IS DISTINCT FROM OLD.description THEN
    NEW.exact_vector := hotgigs_job_exact_vector(NEW);
  ELSE
    NEW.exact_vector := ts_filter(OLD.exact_vector, '{a,c,d}') || hotgigs_job_exact_linked_vector(NEW.id, NEW.company_id);
  END IF;
  RETURN NEW;
END $$`,
  // search_vector too: the job_skills trigger and a company's new name re-weight the search vector with an UPDATE.
  `CREATE TRIGGER jobs_exact_vector BEFORE INSERT OR UPDATE OF title, description, requirements, company_id, search_vector
  ON jobs FOR EACH ROW EXECUTE FUNCTION hotgigs_jobs_exact_trigger()`,
  'UPDATE jobs j SET exact_vector = hotgigs_job_exact_vector(j)',
  'CREATE INDEX jobs_exact_idx ON jobs USING gin (exact_vector)',
  // Relevance puts a word in the company's name a hair below the same word in the skills (both weight B).
  "CREATE INDEX companies_name_search_idx ON companies USING gin (to_tsvector('english', name))",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const fn of [
    'hotgigs_jobs_exact_trigger()',
    'hotgigs_job_exact_vector(jobs)',
    'hotgigs_job_exact_text_vector(jobs)',
    'hotgigs_job_exact_linked_vector(uuid, uuid)',
  ]) {
    await sql.raw(`DROP FUNCTION IF EXISTS ${fn} CASCADE`).execute(db);
  }
  await sql.raw('DROP INDEX IF EXISTS companies_name_search_idx').execute(db);
  await sql.raw('ALTER TABLE jobs DROP COLUMN IF EXISTS exact_vector').execute(db);
}
