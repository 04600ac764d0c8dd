// Applications and the hiring pipeline (#13, docs/applications.md): an exact application count kept by the
// database, the rejection reason beside each event, and the indexes the applicant lists sort and look up by.
import { sql, type Kysely } from 'kysely';

const statements = [
  `ALTER TABLE application_events
  ADD COLUMN reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 40)`,
  // One row per application, counted by the database in the inserting transaction: exact under concurrency.
  `CREATE FUNCTION hotgigs_count_applications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE jobs SET application_count = application_count + 1 WHERE id = NEW.job_id;
  ELSE
    UPDATE jobs SET application_count = greatest(application_count - 1, 0) WHERE id = OLD.job_id;
  END IF;
  RETURN NULL;
END
$$`,
  `CREATE TRIGGER applications_count AFTER INSERT OR DELETE ON applications
  FOR EACH ROW EXECUTE FUNCTION hotgigs_count_applications()`,
  // The applicant table's sorts (best match, newest, oldest) within one job.
  'CREATE INDEX applications_job_match_idx ON applications (job_id, match_score DESC NULLS LAST, submitted_at DESC)',
  'CREATE INDEX applications_job_submitted_idx ON applications (job_id, submitted_at DESC)',
  // Duplicate-applicant hints: the same file or the same phone number under another account.
  'CREATE INDEX resumes_sha256_idx ON resumes (sha256)',
  'CREATE INDEX candidates_phone_idx ON candidates (phone) WHERE phone IS NOT NULL',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  // Applications written before the trigger existed are counted once.
  await sql
    .raw('UPDATE jobs SET application_count = (SELECT count(*) FROM applications WHERE applications.job_id = jobs.id)')
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'DROP INDEX candidates_phone_idx',
    'DROP INDEX resumes_sha256_idx',
    'DROP INDEX applications_job_submitted_idx',
    'DROP INDEX applications_job_match_idx',
    'DROP TRIGGER applications_count ON applications',
    'DROP FUNCTION hotgigs_count_applications()',
    'ALTER TABLE application_events DROP COLUMN reason',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
