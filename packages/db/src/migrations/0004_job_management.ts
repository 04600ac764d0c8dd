// Job management by recruiters: a draft may be saved before it has a title (publishing needs one), the view and
// application counters no longer count as edits of a job (updated_at is what "last changed" means), and skill
// autocomplete finds aliases by prefix through a trigram index instead of reading every skill.
import { sql, type Kysely } from 'kysely';

const statements = [
  'ALTER TABLE jobs DROP CONSTRAINT jobs_title_check',
  `ALTER TABLE jobs ADD CONSTRAINT jobs_title_check CHECK (length(title) <= 200 AND (status = 'draft' OR length(title) >= 1))`,
  'DROP TRIGGER jobs_touch_updated_at ON jobs',
  `CREATE TRIGGER jobs_touch_updated_at BEFORE UPDATE ON jobs FOR EACH ROW
  WHEN (OLD.view_count = NEW.view_count AND OLD.application_count = NEW.application_count)
  EXECUTE FUNCTION hotgigs_touch_updated_at()`,
  // All of a skill's aliases as one lower-case text, so one trigram index serves "an alias starts with ...".
  `CREATE FUNCTION hotgigs_skill_alias_text(aliases text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(array_to_string(aliases, ' | '))
$$`,
  'CREATE INDEX skills_alias_text_trgm_idx ON skills USING gin (hotgigs_skill_alias_text(aliases) gin_trgm_ops)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX IF EXISTS skills_alias_text_trgm_idx').execute(db);
  await sql.raw('DROP FUNCTION IF EXISTS hotgigs_skill_alias_text(text[])').execute(db);
  await sql.raw('DROP TRIGGER jobs_touch_updated_at ON jobs').execute(db);
  await sql
    .raw('CREATE TRIGGER jobs_touch_updated_at BEFORE UPDATE ON jobs FOR EACH ROW EXECUTE FUNCTION hotgigs_touch_updated_at()')
    .execute(db);
  // Untitled drafts cannot satisfy the old rule; they get a placeholder title first.
  await sql.raw("UPDATE jobs SET title = 'Untitled job' WHERE title = ''").execute(db);
  await sql.raw('ALTER TABLE jobs DROP CONSTRAINT jobs_title_check').execute(db);
  await sql.raw('ALTER TABLE jobs ADD CONSTRAINT jobs_title_check CHECK (length(title) BETWEEN 1 AND 200)').execute(db);
}
