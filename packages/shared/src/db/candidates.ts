// Job seekers: their profile, skills, resumes, bookmarks and saved searches.
import type {
  AlertFrequency,
  ParseStatus,
  ProfileVisibility,
  RemotePreference,
  ResumeFormat,
  SalaryPeriod,
  SkillSource,
} from '../enums.ts';
import type { ColumnType } from 'kysely';
import type { Generated, GeneratedTimestamp, Json, JsonWithDefault, Numeric, Stamps, Timestamp } from './columns.ts';

export interface EducationEntry {
  institution: string;
  degree?: string | null;
  field?: string | null;
  startYear?: number | null;
  endYear?: number | null;
}

/** A position as the profile keeps it (schemas/profile.ts experienceEntry). */
export interface ExperienceEntryRow {
  title: string;
  company: string;
  location: string | null;
  start: string | null;
  end: string | null;
  current: boolean;
  bullets: string[];
}

export interface ProfileLinkRow {
  kind: 'linkedin' | 'github' | 'website' | 'other';
  url: string;
}

export interface CandidatesTable extends Stamps {
  id: Generated<string>;
  user_id: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  linkedin_url: string | null;
  headline: string | null;
  current_title: string | null;
  years_experience: number | null;
  summary: string | null;
  education: JsonWithDefault<EducationEntry[]>;
  domain_expertise: JsonWithDefault<string[]>;
  location: string | null;
  remote_preference: Generated<RemotePreference>;
  salary_expectation_min: number | null;
  salary_expectation_max: number | null;
  salary_currency: string | null;
  salary_period: SalaryPeriod | null;
  availability: string | null;
  visibility: Generated<ProfileVisibility>;
  experience: JsonWithDefault<ExperienceEntryRow[]>;
  languages: JsonWithDefault<string[]>;
  certifications: JsonWithDefault<string[]>;
  links: JsonWithDefault<ProfileLinkRow[]>;
  /** The ids of candidate_skills, kept by the database (migration 0009). */
  skill_ids: ColumnType<string[], never, never>;
}

export interface CandidateSkillsTable extends Stamps {
  id: Generated<string>;
  candidate_id: string;
  skill_id: string;
  proficiency: number | null;
  years: Numeric | null;
  verified: Generated<boolean>;
  source: Generated<SkillSource>;
}

export interface ResumesTable extends Stamps {
  id: Generated<string>;
  candidate_id: string;
  original_filename: string;
  storage_key: string;
  size_bytes: number;
  format: ResumeFormat;
  sha256: string;
  parse_status: Generated<ParseStatus>;
  parse_error: string | null;
  parsed_data: Json<Record<string, unknown>> | null;
  analysis: Json<Record<string, unknown>> | null;
  quality_score: number | null;
  is_primary: Generated<boolean>;
  /** The parse queue (apps/api/src/platform/queue.ts): tries so far, when to try next, the claim's lease. */
  attempts: Generated<number>;
  run_after: GeneratedTimestamp;
  locked_until: Timestamp | null;
  parsed_at: Timestamp | null;
  /** The text read from the file, for the review page. */
  extracted_text: string | null;
  /** What the optional AI provider last suggested (RewriteSuggestion[]), and when; cleared by a new read. */
  rewrite_suggestions: Json<unknown[]> | null;
  rewrites_at: Timestamp | null;
}

export interface SavedJobsTable extends Stamps {
  id: Generated<string>;
  candidate_id: string;
  job_id: string;
}

export interface JobAlertsTable extends Stamps {
  id: Generated<string>;
  candidate_id: string;
  name: string;
  filters: JsonWithDefault<Record<string, unknown>>;
  frequency: Generated<AlertFrequency>;
  is_active: Generated<boolean>;
  last_sent_at: Timestamp | null;
}
