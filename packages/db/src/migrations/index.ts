// The static, checked-in list of migrations (a FileMigrationProvider's dynamic .ts imports fail under Vitest).
import type { Migration } from 'kysely';
import * as initialSchema from './0001_initial_schema.ts';
import * as accounts from './0002_accounts.ts';
import * as search from './0003_search.ts';
import * as jobManagement from './0004_job_management.ts';
import * as searchSpeed from './0005_search_speed.ts';
import * as skillsService from './0006_skills_service.ts';
import * as profilesResumes from './0007_profiles_resumes.ts';
import * as applications from './0008_applications.ts';
import * as matching from './0009_matching.ts';
import * as apiTokens from './0010_api_tokens.ts';
import * as blindScreening from './0011_blind_screening.ts';
import * as resumeRewrites from './0012_resume_rewrites.ts';
import * as exactWords from './0013_exact_words.ts';

export const migrations: Record<string, Migration> = {
  '0001_initial_schema': initialSchema,
  '0002_accounts': accounts,
  '0003_search': search,
  '0004_job_management': jobManagement,
  '0005_search_speed': searchSpeed,
  '0006_skills_service': skillsService,
  '0007_profiles_resumes': profilesResumes,
  '0008_applications': applications,
  '0009_matching': matching,
  '0010_api_tokens': apiTokens,
  '0011_blind_screening': blindScreening,
  '0012_resume_rewrites': resumeRewrites,
  '0013_exact_words': exactWords,
};
