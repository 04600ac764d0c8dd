// Accounts and the security baseline (docs/security.md): MFA state and recovery codes, company invitations,
// and rate-limit buckets shared by every API instance.
import { sql, type Kysely } from 'kysely';

const statements = [
  'ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz',
  `CREATE TABLE mfa_recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash bytea NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, code_hash)
)`,
  `CREATE TABLE company_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  email citext NOT NULL CHECK (length(email) <= 254),
  token_hash bytea NOT NULL UNIQUE,
  invited_by uuid REFERENCES recruiters(id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  'CREATE INDEX company_invitations_company_idx ON company_invitations (company_id, created_at DESC)',
  'CREATE INDEX company_invitations_invited_by_idx ON company_invitations (invited_by)',
  'CREATE INDEX company_invitations_email_idx ON company_invitations (email)',
  // A fixed window per key ("login:ip:1.2.3.4"): one upsert per attempt, correct across API instances.
  `CREATE TABLE rate_limit_buckets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE CHECK (length(key) <= 300),
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
  'CREATE INDEX rate_limit_buckets_window_idx ON rate_limit_buckets (window_start)',
  'CREATE INDEX auth_tokens_expires_idx ON auth_tokens (expires_at)',
  ...['mfa_recovery_codes', 'company_invitations', 'rate_limit_buckets'].map(
    (t) => `CREATE TRIGGER ${t}_touch_updated_at BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION hotgigs_touch_updated_at()`,
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rate_limit_buckets', 'company_invitations', 'mfa_recovery_codes']) {
    await sql.raw(`DROP TABLE IF EXISTS ${table}`).execute(db);
  }
  await sql.raw('DROP INDEX IF EXISTS auth_tokens_expires_idx').execute(db);
  await sql.raw('ALTER TABLE users DROP COLUMN IF EXISTS totp_enabled_at').execute(db);
}
