// Job postings, the skills they ask for, and the skills taxonomy both sides draw from.
import type {
  EmploymentType,
  ExperienceLevel,
  JobStatus,
  RemoteType,
  SalaryPeriod,
  SkillRelationKind,
  SkillRequirement,
  SkillStatus,
} from '../enums.ts';
import type { ColumnType } from 'kysely';
import type { BlindRevealStage } from '../pipeline.ts';
import type { Generated, JsonWithDefault, Stamps, Timestamp } from './columns.ts';

export interface ScreeningQuestion {
  id: string;
  kind: 'yes_no' | 'choice' | 'text';
  prompt: string;
  required: boolean;
  choices?: string[];
}

export interface JobsTable extends Stamps {
  id: Generated<string>;
  company_id: string;
  created_by: string | null;
  title: string;
  description: Generated<string>;
  requirements: Generated<string>;
  location: string | null;
  remote: Generated<RemoteType>;
  employment_type: Generated<EmploymentType>;
  experience_level: Generated<ExperienceLevel>;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: Generated<string>;
  salary_period: Generated<SalaryPeriod>;
  status: Generated<JobStatus>;
  published_at: Timestamp | null;
  deadline: Timestamp | null;
  closed_at: Timestamp | null;
  screening_questions: JsonWithDefault<ScreeningQuestion[]>;
  /** Blind screening: the stage from which reviewers see who applied (null: never blind). */
  blind_until: BlindRevealStage | null;
  ai_context: JsonWithDefault<Record<string, unknown>>;
  view_count: Generated<number>;
  application_count: Generated<number>;
  /** The salary range per year (hourly x 2080, daily x 260, monthly x 12), computed by the database. */
  salary_min_yearly: ColumnType<string | null, never, never>;
  salary_max_yearly: ColumnType<string | null, never, never>;
  /** Kept by a trigger (title, skills, company, requirements, description); never written by the app. */
  search_vector: Generated<string>;
  /** The title, skills and company part of search_vector (weights A and B), which relevance is ranked on. */
  rank_vector: ColumnType<string, never, never>;
  /** The same text as written (`simple`, not stemmed), kept by a trigger: the exact-word tier of relevance. */
  exact_vector: ColumnType<string, never, never>;
  /** The ids of the job's skills, kept by the trigger on job_skills (search filters and facets read them). */
  skill_ids: ColumnType<string[], never, never>;
}

export interface JobSkillsTable extends Stamps {
  id: Generated<string>;
  job_id: string;
  skill_id: string;
  requirement: Generated<SkillRequirement>;
  years_required: number | null;
  weight: Generated<number>;
}

export interface SkillsTable extends Stamps {
  id: Generated<string>;
  name: string;
  slug: string;
  category: string;
  parent_id: string | null;
  aliases: Generated<string[]>;
  description: string | null;
  popularity_score: Generated<number>;
  /** Taxonomy skills are approved; one a user added is pending until an admin approves (or rejects) it. */
  status: Generated<SkillStatus>;
  created_by: string | null;
}

export interface SkillRelationsTable extends Stamps {
  id: Generated<string>;
  skill_id: string;
  related_skill_id: string;
  kind: SkillRelationKind;
}

/** Words of listed job titles and skill names, with how many jobs use them: what typos are corrected to. */
/** One row: a number that moves on with every change to what job search shows (search result caches). */
export interface SearchGenerationTable extends Stamps {
  id: Generated<number>;
  value: ColumnType<string, never, string>;
}

export interface SearchTermsTable extends Stamps {
  id: Generated<string>;
  term: string;
  doc_count: number;
}
