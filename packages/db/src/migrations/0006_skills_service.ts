// Skills people add: a candidate or recruiter who misses a skill adds it, uses it at once in their own profile
// or job, and an admin approves it for everyone (or merges it into the skill it duplicates). Taxonomy skills
// are approved; a pending skill is seen only by its creator and by admins.
import { sql, type Kysely } from 'kysely';

const statements = [
  `ALTER TABLE skills ADD COLUMN status text NOT NULL DEFAULT 'approved' CHECK (status IN ('approved', 'pending', 'rejected'))`,
  // No foreign key: user rows are never deleted (erasure anonymises them in place), and a reference from the
  // taxonomy to users would make emptying the users table take the taxonomy with it.
  'ALTER TABLE skills ADD COLUMN created_by uuid',
  // The admin's review queue, oldest first, and "my own pending skills" in autocomplete.
  `CREATE INDEX skills_pending_idx ON skills (created_at) WHERE status = 'pending'`,
  'CREATE INDEX skills_created_by_idx ON skills (created_by) WHERE created_by IS NOT NULL',
  // "implies" closure walks skill_relations from a skill: its leading column serves it (UNIQUE index).
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS skills_created_by_idx').execute(db);
  await sql.raw('DROP INDEX IF EXISTS skills_pending_idx').execute(db);
  await sql.raw('ALTER TABLE skills DROP COLUMN created_by').execute(db);
  await sql.raw('ALTER TABLE skills DROP COLUMN status').execute(db);
}
