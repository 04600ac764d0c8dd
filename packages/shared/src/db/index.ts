// The database as Kysely sees it. A test compares `DB_COLUMNS` with the migrated schema, and the compiler
// compares it with these interfaces, so the three cannot drift apart.
import type { SelectType } from 'kysely';
import type {
  ApiTokensTable,
  AuthTokensTable,
  MfaRecoveryCodesTable,
  RateLimitBucketsTable,
  SessionsTable,
  UsersTable,
} from './accounts.ts';
import type { AnalyticsEventsTable, AuditLogTable, JobViewsTable } from './activity.ts';
import type { ApplicationEventsTable, ApplicationNotesTable, ApplicationsTable, MatchRefreshesTable } from './applications.ts';
import type {
  CandidateSkillsTable,
  CandidatesTable,
  JobAlertsTable,
  ResumesTable,
  SavedJobsTable,
} from './candidates.ts';
import type { CompaniesTable, CompanyInvitationsTable, RecruitersTable } from './companies.ts';
import type { JobSkillsTable, JobsTable, SearchGenerationTable, SearchTermsTable, SkillRelationsTable, SkillsTable } from './jobs.ts';
import type {
  ConversationMembersTable,
  ConversationsTable,
  MessagesTable,
  NotificationPreferencesTable,
  NotificationsTable,
} from './messaging.ts';

export type * from './accounts.ts';
export type * from './activity.ts';
export type * from './applications.ts';
export type * from './candidates.ts';
export type * from './columns.ts';
export type * from './companies.ts';
export type * from './jobs.ts';
export type * from './messaging.ts';

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  api_tokens: ApiTokensTable;
  mfa_recovery_codes: MfaRecoveryCodesTable;
  rate_limit_buckets: RateLimitBucketsTable;
  companies: CompaniesTable;
  company_invitations: CompanyInvitationsTable;
  recruiters: RecruitersTable;
  candidates: CandidatesTable;
  skills: SkillsTable;
  skill_relations: SkillRelationsTable;
  jobs: JobsTable;
  candidate_skills: CandidateSkillsTable;
  job_skills: JobSkillsTable;
  search_terms: SearchTermsTable;
  search_generation: SearchGenerationTable;
  resumes: ResumesTable;
  applications: ApplicationsTable;
  application_events: ApplicationEventsTable;
  application_notes: ApplicationNotesTable;
  match_refreshes: MatchRefreshesTable;
  saved_jobs: SavedJobsTable;
  job_alerts: JobAlertsTable;
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  messages: MessagesTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  job_views: JobViewsTable;
  analytics_events: AnalyticsEventsTable;
  audit_log: AuditLogTable;
}

/** Postgres type names as `information_schema.columns.udt_name` spells them. */
type PgType =
  | 'uuid'
  | 'text'
  | 'citext'
  | 'bool'
  | 'int2'
  | 'int4'
  | 'int8'
  | 'float4'
  | 'numeric'
  | 'bytea'
  | 'date'
  | 'timestamptz'
  | 'jsonb'
  | '_text'
  | '_uuid'
  | 'tsvector';

/** `type` for NOT NULL columns, `type?` for nullable ones: the compiler checks which against the interface. */
type ColumnSpec<T> = null extends SelectType<T> ? `${PgType}?` : PgType;
type Manifest = { [Table in keyof DB]: { [Column in keyof DB[Table]]-?: ColumnSpec<DB[Table][Column]> } };

const stamps = { created_at: 'timestamptz', updated_at: 'timestamptz' } as const;

export const DB_COLUMNS = {
  users: {
    id: 'uuid',
    email: 'citext',
    password_hash: 'text?',
    role: 'text',
    is_active: 'bool',
    email_verified_at: 'timestamptz?',
    last_login_at: 'timestamptz?',
    totp_secret_encrypted: 'text?',
    totp_last_used_step: 'int8?',
    totp_enabled_at: 'timestamptz?',
    deactivated_at: 'timestamptz?',
    ...stamps,
  },
  mfa_recovery_codes: { id: 'uuid', user_id: 'uuid', code_hash: 'bytea', used_at: 'timestamptz?', ...stamps },
  rate_limit_buckets: { id: 'uuid', key: 'text', window_start: 'timestamptz', count: 'int4', ...stamps },
  sessions: {
    id: 'text',
    secret_hash: 'bytea',
    user_id: 'uuid',
    last_verified_at: 'timestamptz',
    expires_at: 'timestamptz',
    mfa_verified: 'bool',
    user_agent: 'text?',
    ip: 'text?',
    ...stamps,
  },
  api_tokens: {
    id: 'text',
    user_id: 'uuid',
    name: 'text',
    scope: 'text',
    secret_hash: 'bytea',
    expires_at: 'timestamptz?',
    last_used_at: 'timestamptz?',
    last_used_ip: 'text?',
    ...stamps,
  },
  auth_tokens: {
    id: 'uuid',
    user_id: 'uuid',
    purpose: 'text',
    token_hash: 'bytea',
    expires_at: 'timestamptz',
    used_at: 'timestamptz?',
    ...stamps,
  },
  companies: {
    id: 'uuid',
    name: 'text',
    slug: 'text',
    website: 'text?',
    description: 'text?',
    logo_storage_key: 'text?',
    location: 'text?',
    size: 'text?',
    ...stamps,
  },
  company_invitations: {
    id: 'uuid',
    company_id: 'uuid',
    email: 'citext',
    token_hash: 'bytea',
    invited_by: 'uuid?',
    expires_at: 'timestamptz',
    accepted_at: 'timestamptz?',
    ...stamps,
  },
  recruiters: {
    id: 'uuid',
    user_id: 'uuid',
    company_id: 'uuid',
    first_name: 'text',
    last_name: 'text',
    phone: 'text?',
    linkedin_url: 'text?',
    bio: 'text?',
    company_role: 'text',
    ...stamps,
  },
  candidates: {
    id: 'uuid',
    user_id: 'uuid',
    first_name: 'text',
    last_name: 'text',
    phone: 'text?',
    linkedin_url: 'text?',
    headline: 'text?',
    current_title: 'text?',
    years_experience: 'int4?',
    summary: 'text?',
    education: 'jsonb',
    domain_expertise: 'jsonb',
    location: 'text?',
    remote_preference: 'text',
    salary_expectation_min: 'int4?',
    salary_expectation_max: 'int4?',
    salary_currency: 'text?',
    salary_period: 'text?',
    availability: 'text?',
    visibility: 'text',
    experience: 'jsonb',
    languages: 'jsonb',
    certifications: 'jsonb',
    links: 'jsonb',
    skill_ids: '_uuid',
    ...stamps,
  },
  skills: {
    id: 'uuid',
    name: 'text',
    slug: 'text',
    category: 'text',
    parent_id: 'uuid?',
    aliases: '_text',
    description: 'text?',
    popularity_score: 'int4',
    status: 'text',
    created_by: 'uuid?',
    ...stamps,
  },
  skill_relations: { id: 'uuid', skill_id: 'uuid', related_skill_id: 'uuid', kind: 'text', ...stamps },
  jobs: {
    id: 'uuid',
    company_id: 'uuid',
    created_by: 'uuid?',
    title: 'text',
    description: 'text',
    requirements: 'text',
    location: 'text?',
    remote: 'text',
    employment_type: 'text',
    experience_level: 'text',
    salary_min: 'int4?',
    salary_max: 'int4?',
    salary_currency: 'text',
    salary_period: 'text',
    status: 'text',
    published_at: 'timestamptz?',
    deadline: 'timestamptz?',
    closed_at: 'timestamptz?',
    screening_questions: 'jsonb',
    blind_until: 'text?',
    ai_context: 'jsonb',
    view_count: 'int4',
    application_count: 'int4',
    salary_min_yearly: 'int8?',
    salary_max_yearly: 'int8?',
    search_vector: 'tsvector',
    rank_vector: 'tsvector',
    exact_vector: 'tsvector',
    skill_ids: '_uuid',
    ...stamps,
  },
  candidate_skills: {
    id: 'uuid',
    candidate_id: 'uuid',
    skill_id: 'uuid',
    proficiency: 'int2?',
    years: 'numeric?',
    verified: 'bool',
    source: 'text',
    ...stamps,
  },
  job_skills: {
    id: 'uuid',
    job_id: 'uuid',
    skill_id: 'uuid',
    requirement: 'text',
    years_required: 'int2?',
    weight: 'float4',
    ...stamps,
  },
  search_terms: { id: 'uuid', term: 'text', doc_count: 'int4', ...stamps },
  search_generation: { id: 'int2', value: 'int8', ...stamps },
  resumes: {
    id: 'uuid',
    candidate_id: 'uuid',
    original_filename: 'text',
    storage_key: 'text',
    size_bytes: 'int4',
    format: 'text',
    sha256: 'text',
    parse_status: 'text',
    parse_error: 'text?',
    parsed_data: 'jsonb?',
    analysis: 'jsonb?',
    quality_score: 'int2?',
    is_primary: 'bool',
    attempts: 'int2',
    run_after: 'timestamptz',
    locked_until: 'timestamptz?',
    parsed_at: 'timestamptz?',
    extracted_text: 'text?',
    rewrite_suggestions: 'jsonb?',
    rewrites_at: 'timestamptz?',
    ...stamps,
  },
  applications: {
    id: 'uuid',
    candidate_id: 'uuid',
    job_id: 'uuid',
    resume_id: 'uuid?',
    cover_letter: 'text?',
    answers: 'jsonb',
    status: 'text',
    match_score: 'int2?',
    match_report: 'jsonb?',
    submitted_at: 'timestamptz',
    withdrawn_at: 'timestamptz?',
    ...stamps,
  },
  application_events: {
    id: 'uuid',
    application_id: 'uuid',
    from_status: 'text?',
    to_status: 'text',
    actor_id: 'uuid?',
    note: 'text?',
    reason: 'text?',
    at: 'timestamptz',
    ...stamps,
  },
  application_notes: {
    id: 'uuid',
    application_id: 'uuid',
    author_id: 'uuid?',
    body: 'text',
    rating: 'int2?',
    ...stamps,
  },
  match_refreshes: {
    id: 'uuid',
    candidate_id: 'uuid?',
    job_id: 'uuid?',
    status: 'text',
    attempts: 'int2',
    run_after: 'timestamptz',
    locked_until: 'timestamptz?',
    error: 'text?',
    ...stamps,
  },
  saved_jobs: { id: 'uuid', candidate_id: 'uuid', job_id: 'uuid', ...stamps },
  job_alerts: {
    id: 'uuid',
    candidate_id: 'uuid',
    name: 'text',
    filters: 'jsonb',
    frequency: 'text',
    is_active: 'bool',
    last_sent_at: 'timestamptz?',
    ...stamps,
  },
  conversations: {
    id: 'uuid',
    subject: 'text?',
    application_id: 'uuid?',
    last_message_at: 'timestamptz?',
    ...stamps,
  },
  conversation_members: {
    id: 'uuid',
    conversation_id: 'uuid',
    user_id: 'uuid',
    last_read_at: 'timestamptz?',
    ...stamps,
  },
  messages: { id: 'uuid', conversation_id: 'uuid', sender_id: 'uuid?', body: 'text', ...stamps },
  notifications: {
    id: 'uuid',
    user_id: 'uuid',
    type: 'text',
    title: 'text',
    body: 'text?',
    action_url: 'text?',
    data: 'jsonb',
    read_at: 'timestamptz?',
    ...stamps,
  },
  notification_preferences: {
    id: 'uuid',
    user_id: 'uuid',
    type: 'text',
    channel: 'text',
    enabled: 'bool',
    ...stamps,
  },
  job_views: {
    id: 'uuid',
    job_id: 'uuid',
    viewer_key: 'text',
    user_id: 'uuid?',
    view_date: 'date',
    ...stamps,
  },
  analytics_events: {
    id: 'uuid',
    type: 'text',
    actor_id: 'uuid?',
    job_id: 'uuid?',
    company_id: 'uuid?',
    application_id: 'uuid?',
    data: 'jsonb',
    at: 'timestamptz',
    ...stamps,
  },
  audit_log: {
    id: 'uuid',
    actor_id: 'uuid?',
    action: 'text',
    target_type: 'text?',
    target_id: 'text?',
    ip: 'text?',
    user_agent: 'text?',
    details: 'jsonb',
    at: 'timestamptz',
    ...stamps,
  },
} as const satisfies Manifest;
