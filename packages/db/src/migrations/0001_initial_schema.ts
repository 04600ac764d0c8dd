// The whole Hotgigs data model (see docs/domain.md): every table, constraint and index in one first migration,
// so a fresh database is complete and later migrations only evolve it.
import { sql, type Kysely } from 'kysely';

const enumCheck = (column: string, values: readonly string[]) =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;

// Enum values are duplicated from @hotgigs/shared on purpose: a migration is a frozen snapshot and must not
// change when the app's enums evolve (that needs a new migration).
const ROLES = ['candidate', 'recruiter', 'admin'];
const REMOTE = ['onsite', 'hybrid', 'remote'];
const EMPLOYMENT = ['full_time', 'part_time', 'contract', 'temporary', 'internship'];
const LEVELS = ['entry', 'junior', 'mid', 'senior', 'lead', 'executive'];
const JOB_STATUS = ['draft', 'published', 'paused', 'closed', 'expired'];
const SALARY_PERIOD = ['hour', 'day', 'month', 'year'];
const APPLICATION_STATUS = ['submitted', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'];
const PARSE_STATUS = ['pending', 'parsing', 'parsed', 'failed'];
const REQUIREMENT = ['required', 'preferred', 'nice_to_have'];
const SKILL_SOURCE = ['self', 'resume', 'assessment'];
const VISIBILITY = ['public', 'recruiters_only', 'hidden'];
const REMOTE_PREFERENCE = ['onsite', 'hybrid', 'remote', 'any'];
const RELATION_KIND = ['implies', 'related'];
const TOKEN_PURPOSE = ['email_verification', 'password_reset'];
const COMPANY_ROLE = ['owner', 'member'];
const ALERT_FREQUENCY = ['daily', 'weekly'];
const CHANNEL = ['in_app', 'email'];
const COMPANY_SIZE = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'];
const CURRENCY = "CHECK (salary_currency ~ '^[A-Z]{3}$')";

const id = 'id uuid PRIMARY KEY DEFAULT gen_random_uuid()';
const stamps = `created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()`;

const tables: [name: string, body: string][] = [
  [
    'users',
    `${id},
  email citext NOT NULL UNIQUE CHECK (length(email) <= 254),
  password_hash text,
  role text NOT NULL ${enumCheck('role', ROLES)},
  is_active boolean NOT NULL DEFAULT true,
  email_verified_at timestamptz,
  last_login_at timestamptz,
  totp_secret_encrypted text,
  totp_last_used_step bigint,
  deactivated_at timestamptz,
  ${stamps}`,
  ],
  [
    'sessions',
    `id text PRIMARY KEY,
  secret_hash bytea NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  last_verified_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  mfa_verified boolean NOT NULL DEFAULT false,
  user_agent text,
  ip text,
  ${stamps}`,
  ],
  [
    'auth_tokens',
    `${id},
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose text NOT NULL ${enumCheck('purpose', TOKEN_PURPOSE)},
  token_hash bytea NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  ${stamps}`,
  ],
  [
    'companies',
    `${id},
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  slug text NOT NULL UNIQUE,
  website text,
  description text,
  logo_storage_key text,
  location text,
  size text ${enumCheck('size', COMPANY_SIZE)},
  ${stamps}`,
  ],
  [
    'recruiters',
    `${id},
  user_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE RESTRICT,
  first_name text NOT NULL,
  last_name text NOT NULL,
  phone text,
  linkedin_url text,
  bio text,
  company_role text NOT NULL DEFAULT 'member' ${enumCheck('company_role', COMPANY_ROLE)},
  ${stamps}`,
  ],
  [
    'candidates',
    `${id},
  user_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
  first_name text NOT NULL,
  last_name text NOT NULL,
  phone text,
  linkedin_url text,
  headline text,
  current_title text,
  years_experience integer CHECK (years_experience BETWEEN 0 AND 70),
  summary text,
  education jsonb NOT NULL DEFAULT '[]',
  domain_expertise jsonb NOT NULL DEFAULT '[]',
  location text,
  remote_preference text NOT NULL DEFAULT 'any' ${enumCheck('remote_preference', REMOTE_PREFERENCE)},
  salary_expectation_min integer CHECK (salary_expectation_min >= 0),
  salary_expectation_max integer CHECK (salary_expectation_max >= 0),
  salary_currency text CHECK (salary_currency ~ '^[A-Z]{3}$'),
  salary_period text ${enumCheck('salary_period', SALARY_PERIOD)},
  availability text,
  visibility text NOT NULL DEFAULT 'recruiters_only' ${enumCheck('visibility', VISIBILITY)},
  ${stamps},
  CHECK (salary_expectation_min IS NULL OR salary_expectation_max IS NULL OR salary_expectation_min <= salary_expectation_max)`,
  ],
  [
    'skills',
    `${id},
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  category text NOT NULL,
  parent_id uuid REFERENCES skills(id) ON DELETE SET NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  description text,
  popularity_score integer NOT NULL DEFAULT 0,
  ${stamps}`,
  ],
  [
    'skill_relations',
    `${id},
  skill_id uuid NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  related_skill_id uuid NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  kind text NOT NULL ${enumCheck('kind', RELATION_KIND)},
  ${stamps},
  UNIQUE (skill_id, related_skill_id, kind),
  CHECK (skill_id <> related_skill_id)`,
  ],
  [
    'jobs',
    `${id},
  company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  created_by uuid REFERENCES recruiters(id) ON DELETE SET NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  requirements text NOT NULL DEFAULT '',
  location text,
  remote text NOT NULL DEFAULT 'onsite' ${enumCheck('remote', REMOTE)},
  employment_type text NOT NULL DEFAULT 'full_time' ${enumCheck('employment_type', EMPLOYMENT)},
  experience_level text NOT NULL DEFAULT 'mid' ${enumCheck('experience_level', LEVELS)},
  salary_min integer CHECK (salary_min >= 0),
  salary_max integer CHECK (salary_max >= 0),
  salary_currency text NOT NULL DEFAULT 'USD' ${CURRENCY},
  salary_period text NOT NULL DEFAULT 'year' ${enumCheck('salary_period', SALARY_PERIOD)},
  status text NOT NULL DEFAULT 'draft' ${enumCheck('status', JOB_STATUS)},
  published_at timestamptz,
  deadline timestamptz,
  closed_at timestamptz,
  screening_questions jsonb NOT NULL DEFAULT '[]',
  ai_context jsonb NOT NULL DEFAULT '{}',
  view_count integer NOT NULL DEFAULT 0,
  application_count integer NOT NULL DEFAULT 0,
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  ${stamps},
  CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
  CHECK (status <> 'published' OR published_at IS NOT NULL)`,
  ],
  [
    'candidate_skills',
    `${id},
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  skill_id uuid NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  proficiency smallint CHECK (proficiency BETWEEN 1 AND 5),
  years numeric(4,1) CHECK (years >= 0 AND years <= 70),
  verified boolean NOT NULL DEFAULT false,
  source text NOT NULL DEFAULT 'self' ${enumCheck('source', SKILL_SOURCE)},
  ${stamps},
  UNIQUE (candidate_id, skill_id)`,
  ],
  [
    'job_skills',
    `${id},
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  skill_id uuid NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
  requirement text NOT NULL DEFAULT 'required' ${enumCheck('requirement', REQUIREMENT)},
  years_required smallint CHECK (years_required BETWEEN 0 AND 50),
  weight real NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 10),
  ${stamps},
  UNIQUE (job_id, skill_id)`,
  ],
  [
    'resumes',
    `${id},
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  original_filename text NOT NULL,
  storage_key text NOT NULL UNIQUE,
  size_bytes integer NOT NULL CHECK (size_bytes >= 0),
  format text NOT NULL CHECK (format IN ('pdf', 'docx', 'txt')),
  sha256 text NOT NULL,
  parse_status text NOT NULL DEFAULT 'pending' ${enumCheck('parse_status', PARSE_STATUS)},
  parse_error text,
  parsed_data jsonb,
  analysis jsonb,
  quality_score smallint CHECK (quality_score BETWEEN 0 AND 100),
  is_primary boolean NOT NULL DEFAULT false,
  ${stamps},
  UNIQUE (id, candidate_id)`,
  ],
  [
    'applications',
    `${id},
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  resume_id uuid,
  cover_letter text,
  answers jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'submitted' ${enumCheck('status', APPLICATION_STATUS)},
  match_score smallint CHECK (match_score BETWEEN 0 AND 100),
  match_report jsonb,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  ${stamps},
  UNIQUE (candidate_id, job_id),
  FOREIGN KEY (resume_id, candidate_id) REFERENCES resumes(id, candidate_id) ON DELETE SET NULL (resume_id)`,
  ],
  [
    'application_events',
    `${id},
  application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  from_status text ${enumCheck('from_status', APPLICATION_STATUS)},
  to_status text NOT NULL ${enumCheck('to_status', APPLICATION_STATUS)},
  actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
  note text,
  at timestamptz NOT NULL DEFAULT now(),
  ${stamps}`,
  ],
  [
    'application_notes',
    `${id},
  application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  author_id uuid REFERENCES recruiters(id) ON DELETE SET NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  rating smallint CHECK (rating BETWEEN 1 AND 5),
  ${stamps}`,
  ],
  [
    'saved_jobs',
    `${id},
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  ${stamps},
  UNIQUE (candidate_id, job_id)`,
  ],
  [
    'job_alerts',
    `${id},
  candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  filters jsonb NOT NULL DEFAULT '{}',
  frequency text NOT NULL DEFAULT 'daily' ${enumCheck('frequency', ALERT_FREQUENCY)},
  is_active boolean NOT NULL DEFAULT true,
  last_sent_at timestamptz,
  ${stamps}`,
  ],
  [
    'conversations',
    `${id},
  subject text,
  application_id uuid REFERENCES applications(id) ON DELETE SET NULL,
  last_message_at timestamptz,
  ${stamps}`,
  ],
  [
    'conversation_members',
    `${id},
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  last_read_at timestamptz,
  ${stamps},
  UNIQUE (conversation_id, user_id)`,
  ],
  [
    'messages',
    `${id},
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  sender_id uuid REFERENCES users(id) ON DELETE SET NULL,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  ${stamps}`,
  ],
  [
    'notifications',
    `${id},
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  type text NOT NULL,
  title text NOT NULL,
  body text,
  action_url text,
  data jsonb NOT NULL DEFAULT '{}',
  read_at timestamptz,
  ${stamps}`,
  ],
  [
    'notification_preferences',
    `${id},
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  type text NOT NULL,
  channel text NOT NULL ${enumCheck('channel', CHANNEL)},
  enabled boolean NOT NULL DEFAULT true,
  ${stamps},
  UNIQUE (user_id, type, channel)`,
  ],
  [
    'job_views',
    `${id},
  job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  viewer_key text NOT NULL,
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  view_date date NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')::date,
  ${stamps},
  UNIQUE (job_id, viewer_key, view_date)`,
  ],
  [
    'analytics_events',
    `${id},
  type text NOT NULL,
  actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
  job_id uuid REFERENCES jobs(id) ON DELETE SET NULL,
  company_id uuid REFERENCES companies(id) ON DELETE SET NULL,
  application_id uuid REFERENCES applications(id) ON DELETE SET NULL,
  data jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now(),
  ${stamps}`,
  ],
  [
    'audit_log',
    `${id},
  actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
  action text NOT NULL,
  target_type text,
  target_id text,
  ip text,
  user_agent text,
  details jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now(),
  ${stamps}`,
  ],
];

// Every foreign key and every column a list filters or sorts by (docs/domain.md). Unique constraints above
// already index their leading columns (e.g. applications(candidate_id, job_id) serves candidate_id look-ups).
const indexes = [
  'CREATE INDEX users_role_created_idx ON users (role, created_at DESC)',
  'CREATE INDEX users_created_idx ON users (created_at DESC)',
  'CREATE INDEX sessions_user_idx ON sessions (user_id)',
  'CREATE INDEX sessions_expires_idx ON sessions (expires_at)',
  'CREATE INDEX auth_tokens_user_idx ON auth_tokens (user_id, purpose)',
  'CREATE INDEX companies_name_trgm_idx ON companies USING gin (name gin_trgm_ops)',
  'CREATE INDEX recruiters_company_idx ON recruiters (company_id)',
  'CREATE INDEX candidates_visibility_idx ON candidates (visibility)',
  'CREATE UNIQUE INDEX skills_name_lower_idx ON skills (lower(name))',
  'CREATE INDEX skills_parent_idx ON skills (parent_id)',
  'CREATE INDEX skills_category_idx ON skills (category)',
  'CREATE INDEX skills_name_trgm_idx ON skills USING gin (name gin_trgm_ops)',
  'CREATE INDEX skills_aliases_idx ON skills USING gin (aliases)',
  'CREATE INDEX skills_popularity_idx ON skills (popularity_score DESC)',
  'CREATE INDEX skill_relations_related_idx ON skill_relations (related_skill_id)',
  'CREATE INDEX jobs_company_status_idx ON jobs (company_id, status)',
  'CREATE INDEX jobs_created_by_idx ON jobs (created_by)',
  // The public list: published jobs, newest first, with id as the tie-breaker for keyset pagination.
  "CREATE INDEX jobs_published_idx ON jobs (published_at DESC, id DESC) WHERE status = 'published'",
  "CREATE INDEX jobs_deadline_idx ON jobs (deadline) WHERE status = 'published' AND deadline IS NOT NULL",
  'CREATE INDEX jobs_status_idx ON jobs (status)',
  'CREATE INDEX jobs_search_idx ON jobs USING gin (search_vector)',
  'CREATE INDEX jobs_title_trgm_idx ON jobs USING gin (title gin_trgm_ops)',
  'CREATE INDEX jobs_filters_idx ON jobs (remote, employment_type, experience_level)',
  'CREATE INDEX jobs_salary_idx ON jobs (salary_max, salary_min)',
  'CREATE INDEX jobs_location_trgm_idx ON jobs USING gin (location gin_trgm_ops)',
  'CREATE INDEX candidate_skills_skill_idx ON candidate_skills (skill_id)',
  'CREATE INDEX job_skills_skill_idx ON job_skills (skill_id, requirement)',
  'CREATE INDEX resumes_candidate_idx ON resumes (candidate_id, created_at DESC)',
  'CREATE UNIQUE INDEX resumes_one_primary_idx ON resumes (candidate_id) WHERE is_primary',
  'CREATE INDEX resumes_sha_idx ON resumes (candidate_id, sha256)',
  'CREATE INDEX applications_job_status_idx ON applications (job_id, status, match_score DESC)',
  'CREATE INDEX applications_candidate_submitted_idx ON applications (candidate_id, submitted_at DESC)',
  'CREATE INDEX applications_resume_idx ON applications (resume_id, candidate_id)',
  'CREATE INDEX application_events_app_idx ON application_events (application_id, at)',
  'CREATE INDEX application_events_actor_idx ON application_events (actor_id)',
  'CREATE INDEX application_notes_app_idx ON application_notes (application_id, created_at)',
  'CREATE INDEX application_notes_author_idx ON application_notes (author_id)',
  'CREATE INDEX saved_jobs_job_idx ON saved_jobs (job_id)',
  'CREATE INDEX saved_jobs_candidate_created_idx ON saved_jobs (candidate_id, created_at DESC)',
  'CREATE INDEX job_alerts_candidate_idx ON job_alerts (candidate_id)',
  'CREATE INDEX job_alerts_due_idx ON job_alerts (frequency, last_sent_at) WHERE is_active',
  'CREATE INDEX conversations_application_idx ON conversations (application_id)',
  'CREATE INDEX conversations_last_message_idx ON conversations (last_message_at DESC)',
  'CREATE INDEX conversation_members_user_idx ON conversation_members (user_id)',
  'CREATE INDEX messages_conversation_idx ON messages (conversation_id, created_at)',
  'CREATE INDEX messages_sender_idx ON messages (sender_id)',
  'CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)',
  'CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL',
  'CREATE INDEX job_views_user_idx ON job_views (user_id)',
  'CREATE INDEX job_views_job_date_idx ON job_views (job_id, view_date)',
  'CREATE INDEX analytics_events_type_at_idx ON analytics_events (type, at)',
  'CREATE INDEX analytics_events_actor_idx ON analytics_events (actor_id)',
  'CREATE INDEX analytics_events_job_idx ON analytics_events (job_id, at)',
  'CREATE INDEX analytics_events_company_idx ON analytics_events (company_id, at)',
  'CREATE INDEX analytics_events_application_idx ON analytics_events (application_id)',
  'CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC)',
  'CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC)',
  'CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)',
  'CREATE INDEX audit_log_at_idx ON audit_log (at DESC)',
];

// The weighted search document: title (A), skills and company (B), requirements (C), description (D).
// Kept by triggers so every writer (API, seeder, psql) keeps it right. The text part is parsed when the job's
// own text changes; a change to its skills re-does only the B part (ts_filter keeps A, C and D as they were),
// once per statement, so a bulk insert of skills never re-parses descriptions.
const searchVector = [
  `CREATE FUNCTION hotgigs_job_text_vector(j jobs) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(j.title, '')), 'A')
      || setweight(to_tsvector('english', left(coalesce(j.requirements, ''), 20000)), 'C')
      || setweight(to_tsvector('english', left(coalesce(j.description, ''), 50000)), 'D')
$$`,
  `CREATE FUNCTION hotgigs_job_linked_vector(job_id uuid, company_id uuid) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce((
           SELECT string_agg(s.name || ' ' || array_to_string(s.aliases, ' '), ' ')
           FROM job_skills js JOIN skills s ON s.id = js.skill_id WHERE js.job_id = $1), '')), 'B')
      || setweight(to_tsvector('english', coalesce((SELECT c.name FROM companies c WHERE c.id = $2), '')), 'B')
$$`,
  `CREATE FUNCTION hotgigs_job_search_vector(j jobs) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT hotgigs_job_text_vector(j) || hotgigs_job_linked_vector(j.id, j.company_id)
$$`,
  `CREATE FUNCTION hotgigs_jobs_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := hotgigs_job_search_vector(NEW);
  RETURN NEW;
END $$`,
  `CREATE TRIGGER jobs_search_vector BEFORE INSERT OR UPDATE OF title, description, requirements, company_id
  ON jobs FOR EACH ROW EXECUTE FUNCTION hotgigs_jobs_search_trigger()`,
  `CREATE FUNCTION hotgigs_job_skills_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE jobs j SET search_vector = ts_filter(j.search_vector, '{a,c,d}') || hotgigs_job_linked_vector(j.id, j.company_id)
  WHERE j.id IN (SELECT job_id FROM changed_rows);
  RETURN NULL;
END $$`,
  `CREATE TRIGGER job_skills_insert_search AFTER INSERT ON job_skills
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_job_skills_refresh()`,
  `CREATE TRIGGER job_skills_delete_search AFTER DELETE ON job_skills
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION hotgigs_job_skills_refresh()`,
  // The audit log is append-only: the database itself refuses changes, whoever asks.
  `CREATE FUNCTION hotgigs_audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$`,
  `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION hotgigs_audit_log_immutable()`,
];

// updated_at is kept by the database so that no writer can forget it.
const touchUpdatedAt = `CREATE FUNCTION hotgigs_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const ext of ['citext', 'pg_trgm', 'unaccent']) {
    await sql.raw(`CREATE EXTENSION IF NOT EXISTS ${ext}`).execute(db);
  }
  for (const [name, body] of tables) {
    await sql.raw(`CREATE TABLE ${name} (\n  ${body}\n)`).execute(db);
  }
  for (const statement of [...indexes, ...searchVector, touchUpdatedAt]) {
    await sql.raw(statement).execute(db);
  }
  for (const [name] of tables) {
    if (name === 'audit_log') continue;
    await sql
      .raw(`CREATE TRIGGER ${name}_touch_updated_at BEFORE UPDATE ON ${name} FOR EACH ROW EXECUTE FUNCTION hotgigs_touch_updated_at()`)
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Functions first: CASCADE takes their triggers with them, and the row-typed one needs `jobs` to still exist.
  for (const fn of [
    'hotgigs_job_search_vector(jobs)',
    'hotgigs_job_text_vector(jobs)',
    'hotgigs_job_linked_vector(uuid, uuid)',
    'hotgigs_jobs_search_trigger()',
    'hotgigs_job_skills_refresh()',
    'hotgigs_audit_log_immutable()',
    'hotgigs_touch_updated_at()',
  ]) {
    await sql.raw(`DROP FUNCTION IF EXISTS ${fn} CASCADE`).execute(db);
  }
  for (const [name] of [...tables].reverse()) {
    await sql.raw(`DROP TABLE IF EXISTS ${name} CASCADE`).execute(db);
  }
}
