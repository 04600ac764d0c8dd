// The domain's closed sets of values. The database enforces the same sets with CHECK constraints.
export const USER_ROLES = ['candidate', 'recruiter', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const REMOTE_TYPES = ['onsite', 'hybrid', 'remote'] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number];

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const EXPERIENCE_LEVELS = ['entry', 'junior', 'mid', 'senior', 'lead', 'executive'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export const JOB_STATUSES = ['draft', 'published', 'paused', 'closed', 'expired'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const SALARY_PERIODS = ['hour', 'day', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const APPLICATION_STATUSES = [
  'submitted',
  'screening',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const PARSE_STATUSES = ['pending', 'parsing', 'parsed', 'failed'] as const;
export type ParseStatus = (typeof PARSE_STATUSES)[number];

export const RESUME_FORMATS = ['pdf', 'docx', 'txt'] as const;
export type ResumeFormat = (typeof RESUME_FORMATS)[number];

export const SKILL_REQUIREMENTS = ['required', 'preferred', 'nice_to_have'] as const;
export type SkillRequirement = (typeof SKILL_REQUIREMENTS)[number];

export const SKILL_SOURCES = ['self', 'resume', 'assessment'] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

export const PROFILE_VISIBILITIES = ['public', 'recruiters_only', 'hidden'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

export const REMOTE_PREFERENCES = ['onsite', 'hybrid', 'remote', 'any'] as const;
export type RemotePreference = (typeof REMOTE_PREFERENCES)[number];

export const SKILL_STATUSES = ['approved', 'pending', 'rejected'] as const;
export type SkillStatus = (typeof SKILL_STATUSES)[number];

export const SKILL_RELATION_KINDS = ['implies', 'related'] as const;
export type SkillRelationKind = (typeof SKILL_RELATION_KINDS)[number];

export const AUTH_TOKEN_PURPOSES = ['email_verification', 'password_reset'] as const;
export type AuthTokenPurpose = (typeof AUTH_TOKEN_PURPOSES)[number];

/** What a personal API token may do: `read` calls queries only; `full` also changes things. */
export const API_TOKEN_SCOPES = ['read', 'full'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const COMPANY_ROLES = ['owner', 'member'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const ALERT_FREQUENCIES = ['daily', 'weekly'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

export const NOTIFICATION_CHANNELS = ['in_app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Labels people read; the values above are what code and the API use. */
export const LABELS = {
  remote: { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote' },
  employmentType: {
    full_time: 'Full-time',
    part_time: 'Part-time',
    contract: 'Contract',
    temporary: 'Temporary',
    internship: 'Internship',
  },
  experienceLevel: {
    entry: 'Entry level',
    junior: 'Junior',
    mid: 'Mid level',
    senior: 'Senior',
    lead: 'Lead',
    executive: 'Executive',
  },
  salaryPeriod: { hour: 'per hour', day: 'per day', month: 'per month', year: 'per year' },
} as const satisfies {
  remote: Record<RemoteType, string>;
  employmentType: Record<EmploymentType, string>;
  experienceLevel: Record<ExperienceLevel, string>;
  salaryPeriod: Record<SalaryPeriod, string>;
};
