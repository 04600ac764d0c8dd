// Matching (#12, docs/matching.md):
// - A candidate's skill ids in their row, kept by triggers on candidate_skills like jobs.skill_ids is kept on
//   job_skills, with a GIN index over visible profiles: "candidates you could invite" prefilters by skill
//   overlap in one index look-up instead of joining candidate_skills for 100,000 profiles.
// - A queue of match refreshes: when a candidate's profile or a job changes, the scores stored on their
//   applications are recomputed off the request (platform/queue.ts claims rows FOR UPDATE SKIP LOCKED). The
//   database enqueues, in the changing transaction, so no write path can forget; at most one waiting row per
//   candidate or job, however many saves. (Row triggers: PostgreSQL has no transition tables for column lists.)
// - job_skills updates (a requirement changed) refresh the job's vector and ids like inserts and deletes do.
import { sql, type Kysely } from 'kysely';

/** Columns of a profile the score reads (skills arrive through skill_ids, which the skill triggers set). */
const MATCHED_CANDIDATE_COLUMNS = [
  'current_title',
  'years_experience',
  'summary',
  'experience',
  'location',
  'remote_preference',
  'salary_expectation_min',
  'salary_expectation_max',
  'salary_currency',
  'salary_period',
  'skill_ids',
];

/** Columns of a job the score reads. */
const MATCHED_JOB_COLUMNS = [
  'title',
  'description',
  'requirements',
  'location',
  'remote',
  'experience_level',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'skill_ids',
];

const statements = [
  `ALTER TABLE candidates ADD COLUMN skill_ids uuid[] NOT NULL DEFAULT '{}'`,
  `UPDATE candidates c SET skill_ids = s.ids
  FROM (SELECT candidate_id, array_agg(skill_id ORDER BY skill_id) AS ids FROM candidate_skills GROUP BY candidate_id) s
  WHERE s.candidate_id = c.id`,
  `CREATE INDEX candidates_visible_skill_ids_idx ON candidates USING gin (skill_ids) WHERE visibility <> 'hidden'`,
  `CREATE FUNCTION hotgigs_candidate_skills_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE candidates c
    SET skill_ids = coalesce((SELECT array_agg(cs.skill_id ORDER BY cs.skill_id) FROM candidate_skills cs WHERE cs.candidate_id = c.id), '{}')
  WHERE c.id IN (SELECT candidate_id FROM changed_rows);
  RETURN NULL;
END $$`,
  `CREATE TRIGGER candidate_skills_insert_ids AFTER INSERT ON candidate_skills
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_candidate_skills_refresh()`,
  `CREATE TRIGGER candidate_skills_delete_ids AFTER DELETE ON candidate_skills
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_candidate_skills_refresh()`,
  // Years of a skill changed: skill_ids is set again (to the same ids), which is what the refresh trigger watches.
  `CREATE TRIGGER candidate_skills_update_ids AFTER UPDATE ON candidate_skills
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_candidate_skills_refresh()`,
  `CREATE TRIGGER job_skills_update_search AFTER UPDATE ON job_skills
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_job_skills_refresh()`,
  `CREATE TABLE match_refreshes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  candidate_id uuid REFERENCES candidates(id) ON DELETE CASCADE,
  job_id uuid REFERENCES jobs(id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'running', 'failed')),
  attempts smallint NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  run_after timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((candidate_id IS NULL) <> (job_id IS NULL))
)`,
  `CREATE UNIQUE INDEX match_refreshes_candidate_waiting_idx ON match_refreshes (candidate_id) WHERE status = 'waiting'`,
  `CREATE UNIQUE INDEX match_refreshes_job_waiting_idx ON match_refreshes (job_id) WHERE status = 'waiting'`,
  `CREATE INDEX match_refreshes_claimable_idx ON match_refreshes (created_at) WHERE status IN ('waiting', 'running')`,
  'CREATE INDEX match_refreshes_candidate_idx ON match_refreshes (candidate_id)',
  'CREATE INDEX match_refreshes_job_idx ON match_refreshes (job_id)',
  `CREATE FUNCTION hotgigs_match_candidates_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO match_refreshes (candidate_id)
    SELECT NEW.id WHERE EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = NEW.id)
  ON CONFLICT (candidate_id) WHERE status = 'waiting' DO NOTHING;
  RETURN NULL;
END $$`,
  `CREATE FUNCTION hotgigs_match_jobs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO match_refreshes (job_id)
    SELECT NEW.id WHERE EXISTS (SELECT 1 FROM applications a WHERE a.job_id = NEW.id)
  ON CONFLICT (job_id) WHERE status = 'waiting' DO NOTHING;
  RETURN NULL;
END $$`,
  `CREATE TRIGGER candidates_match_changed AFTER UPDATE OF ${MATCHED_CANDIDATE_COLUMNS.join(', ')} ON candidates
  FOR EACH ROW EXECUTE FUNCTION hotgigs_match_candidates_changed()`,
  `CREATE TRIGGER jobs_match_changed AFTER UPDATE OF ${MATCHED_JOB_COLUMNS.join(', ')} ON jobs
  FOR EACH ROW EXECUTE FUNCTION hotgigs_match_jobs_changed()`,
  'CREATE TRIGGER match_refreshes_touch_updated_at BEFORE UPDATE ON match_refreshes FOR EACH ROW EXECUTE FUNCTION hotgigs_touch_updated_at()',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'DROP TRIGGER jobs_match_changed ON jobs',
    'DROP TRIGGER candidates_match_changed ON candidates',
    'DROP FUNCTION hotgigs_match_jobs_changed()',
    'DROP FUNCTION hotgigs_match_candidates_changed()',
    'DROP TABLE match_refreshes',
    'DROP TRIGGER job_skills_update_search ON job_skills',
    'DROP TRIGGER candidate_skills_update_ids ON candidate_skills',
    'DROP TRIGGER candidate_skills_delete_ids ON candidate_skills',
    'DROP TRIGGER candidate_skills_insert_ids ON candidate_skills',
    'DROP FUNCTION hotgigs_candidate_skills_refresh()',
    'DROP INDEX candidates_visible_skill_ids_idx',
    'ALTER TABLE candidates DROP COLUMN skill_ids',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
