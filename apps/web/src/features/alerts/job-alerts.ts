// Job alerts as people read them: a saved search's filters in one line ("“rust” · in Berlin · Remote"), the name
// suggested for a new alert, and the way between an alert's filters and the search page's URL.
import { ALERT_NAME_MAX, LABELS, type AlertFrequency, type JobSearchFilters } from '@hotgigs/shared';
import { formatSalary } from '../../lib/format.ts';
import { jobsSearchSchema, toJobSearchInput, type JobsSearch } from '../search/search-params.ts';

/** What an alert made from no filters at all sends: every new job. */
export const ALL_NEW_JOBS = 'All new jobs';
/** How often an alert emails, as its choices read and as a sentence ends ("…new jobs every week."). */
export const ALERT_FREQUENCY_OPTIONS: readonly { value: AlertFrequency; label: string }[] = [
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
];
export const ALERT_FREQUENCY_PHRASES: Record<AlertFrequency, string> = { daily: 'every day', weekly: 'every week' };
/** The search compares salaries in US dollars unless the filters name another currency. */
const DEFAULT_SALARY_CURRENCY = 'USD';

/** "Remote or hybrid": the labels of the chosen values, in the order the portal lists them. */
function either<T extends string>(values: readonly T[] | undefined, labels: Record<T, string>): string | undefined {
  if (!values?.length) return undefined;
  const order = Object.keys(labels);
  const sorted = [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return sorted.map((value, index) => (index === 0 ? labels[value] : labels[value].toLowerCase())).join(' or ');
}

function salaryPart(filters: JobSearchFilters, locale: string): string | undefined {
  const { salaryMin: min = null, salaryMax: max = null } = filters;
  const salary = { min, max, currency: filters.salaryCurrency ?? DEFAULT_SALARY_CURRENCY, period: 'year' as const };
  return formatSalary(salary, { locale, style: 'full' }) ?? undefined;
}

function postedPart(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return days === 1 ? 'posted in the past 24 hours' : `posted in the past ${days} days`;
}

/** Names of the skills and companies a search filters by, by slug (alert.list gives them); slugs where missing. */
export interface FilterNames {
  skills?: Record<string, string>;
  companies?: Record<string, string>;
}

/**
 * The filters of a saved search, each as a short phrase, in the order the search page shows them; no phrases
 * for no filters. Skills and companies are named by `names`, or by their slugs when it has none for them.
 */
export function describeAlertFilters(filters: JobSearchFilters, locale = 'en-US', names: FilterNames = {}): string[] {
  const named = (slugs: string[], byName: Record<string, string> = {}) => slugs.map((slug) => byName[slug] ?? slug);
  const where = filters.location
    ? `in ${filters.location}${filters.includeRemote ? ' or remote' : ''}`
    : undefined;
  const parts = [
    filters.q ? `“${filters.q}”` : undefined,
    where,
    either(filters.remote, LABELS.remote),
    either(filters.employmentType, LABELS.employmentType),
    either(filters.experienceLevel, LABELS.experienceLevel),
    postedPart(filters.postedWithinDays),
    salaryPart(filters, locale),
    filters.skills?.length ? `skills: ${named(filters.skills, names.skills).join(', ')}` : undefined,
    filters.companies?.length ? `at ${named(filters.companies, names.companies).join(' or ')}` : undefined,
  ];
  return parts.filter((part): part is string => Boolean(part));
}

/** The one-line summary of an alert's search: "“rust” · in Berlin · Remote", or "All new jobs". */
export function summarizeAlertFilters(filters: JobSearchFilters, locale = 'en-US', names: FilterNames = {}): string {
  const parts = describeAlertFilters(filters, locale, names);
  return parts.length ? parts.join(' · ') : ALL_NEW_JOBS;
}

/** The name offered for a new alert: its summary, cut at a word to fit the API's limit. */
export function suggestAlertName(filters: JobSearchFilters, locale = 'en-US'): string {
  const summary = summarizeAlertFilters(filters, locale);
  if (summary.length <= ALERT_NAME_MAX) return summary;
  const cut = summary.slice(0, ALERT_NAME_MAX - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > ALERT_NAME_MAX / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The filters an alert saves from the search page: everything in its URL but the page and the sort. */
export function alertFiltersFromSearch(search: JobsSearch): JobSearchFilters {
  return toJobSearchInput(search).filters;
}

/**
 * The search page's URL state for an alert's filters, read the same lenient way as a typed-in URL: filters the
 * page has no control for (a maximum salary, say) are left out of the link, never an error.
 */
export function searchFromAlertFilters(filters: JobSearchFilters): JobsSearch {
  return jobsSearchSchema.parse(filters);
}

/** The filters in one canonical form: no empty values, lists sorted, keys in order. */
function canonicalFilters(filters: JobSearchFilters): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, Array.isArray(value) ? [...(value as string[])].sort() : value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries);
}

/** Whether two saved searches look for the same jobs (the order of chosen values does not matter). */
export function sameAlertFilters(a: JobSearchFilters, b: JobSearchFilters): boolean {
  return canonicalFilters(a) === canonicalFilters(b);
}
