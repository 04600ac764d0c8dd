// Personal API tokens (#14, docs/rest.md): what a script sends as `Authorization: Bearer hg_<id>.<secret>`.
// Like sessions, only SHA-256 of the secret is stored; unlike them a token has a name, a scope (read-only or
// full) and an optional fixed expiry, and it never slides. Revoking deletes the row; the audit log keeps the
// history. Names are unique per user, case-insensitively, so a list of tokens reads unambiguously.
import { sql, type Kysely } from 'kysely';

const statements = [
  `CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  scope text NOT NULL CHECK (scope IN ('read', 'full')),
  secret_hash bytea NOT NULL,
  expires_at timestamptz,
  last_used_at timestamptz,
  last_used_ip text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  'CREATE UNIQUE INDEX api_tokens_user_name_idx ON api_tokens (user_id, lower(name))',
  'CREATE INDEX api_tokens_user_created_idx ON api_tokens (user_id, created_at DESC)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE api_tokens').execute(db);
}
