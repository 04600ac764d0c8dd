// Blind screening per job (#13, docs/applications.md): the stage from which reviewers see who an applicant is.
// NULL: never blind. While an application is before that stage (or rejected or withdrawn before reaching it),
// the API answers it without the name, contact details, links, schools or resume file.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`ALTER TABLE jobs ADD COLUMN blind_until text CHECK (blind_until IS NULL OR blind_until IN ('screening', 'interview', 'offer', 'hired'))`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE jobs DROP COLUMN blind_until').execute(db);
}
