// Rewrite suggestions of a resume (#11, docs/profiles.md#rewrite-suggestions): what the optional AI provider last
// suggested, kept so a reload does not ask (and pay) again. Cleared whenever the resume is read again.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE resumes ADD COLUMN rewrite_suggestions jsonb, ADD COLUMN rewrites_at timestamptz').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE resumes DROP COLUMN rewrite_suggestions, DROP COLUMN rewrites_at').execute(db);
}
