// The job search: words, filters with counts, a sort and pages, all of it in the URL (so links in alert emails,
// reload and the back button all work). Changing a filter goes back to the first page.
import { EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, LABELS, REMOTE_TYPES, type JobSort } from '@hotgigs/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useState, type ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { formatCount } from '../../lib/format.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { alertFiltersFromSearch } from '../alerts/job-alerts.ts';
import { SaveSearchAlert } from '../alerts/SaveSearchAlert.tsx';
import { JobList } from '../jobs/JobList.tsx';
import { JobListSkeleton } from '../jobs/JobListSkeleton.tsx';
import { JobSearchForm } from './JobSearchForm.tsx';
import {
  hasFilters,
  POSTED_WITHIN_DAYS,
  toJobSearchInput,
  type JobsSearch,
} from './search-params.ts';

type SearchResult = RouterOutputs['job']['search'];
type Facets = NonNullable<SearchResult['facets']>;
type SetFilters = (patch: Partial<JobsSearch>) => void;

const SORT_LABELS: Record<JobSort, string> = { relevance: 'Most relevant', date: 'Newest', salary: 'Highest salary' };
const SALARY_MINIMUMS = [50_000, 100_000, 150_000, 200_000];
const numbers = new Intl.NumberFormat('en-US');

/** The list with `value` added (on) or removed (off); an empty list is no filter. */
function toggled<T>(list: T[] | undefined, value: T, on: boolean): T[] | undefined {
  const next = (list ?? []).filter((v) => v !== value);
  if (on) next.push(value);
  return next.length ? next : undefined;
}

function resultsCount(data: SearchResult): string {
  const { totalCount, totalIsLowerBound } = data.pagination;
  return totalIsLowerBound ? `${numbers.format(totalCount)}+ jobs` : formatCount(totalCount, 'job', 'jobs');
}

function FilterGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    // min-w-0: a fieldset is at least as wide as its longest line by default, so a long company name pushed
    // the counts out of the filter card.
    <fieldset className="flex min-w-0 flex-col gap-1.5 border-t border-slate-200 pt-4">
      <legend className="mb-1.5 text-sm font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

interface Option {
  value: string;
  label: string;
  count: number | undefined;
}

function CheckboxGroup({
  group,
  title,
  options,
  selected,
  onToggle,
}: {
  group: string;
  title: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  if (options.length === 0) return null;
  return (
    <FilterGroup title={title}>
      {options.map((option) => (
        <label key={option.value} className="flex min-h-8 cursor-pointer items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            data-testid={`filter-${group}-${option.value}`}
            className="size-4 accent-brand-700"
          />
          <span className="min-w-0 flex-1 truncate">{option.label}</span>
          {option.count !== undefined && (
            <span className="shrink-0 text-xs text-slate-500 tabular-nums">
              <span className="sr-only">(</span>
              {numbers.format(option.count)}
              <span className="sr-only"> jobs)</span>
            </span>
          )}
        </label>
      ))}
    </FilterGroup>
  );
}

/** The fixed choices (remote, employment type, level), each with its count once the facets are in. */
function enumOptions<T extends string>(values: readonly T[], labels: Record<T, string>, counts: { value: T; count: number }[] | undefined): Option[] {
  return values.map((value) => ({
    value,
    label: labels[value],
    count: counts ? (counts.find((c) => c.value === value)?.count ?? 0) : undefined,
  }));
}

/** The top skills or companies from the facets, plus any chosen one that is not among them. */
function facetOptions(facet: { value: string; label?: string; count: number }[] | undefined, selected: string[] | undefined): Option[] {
  const options: Option[] = (facet ?? []).map((f) => ({ value: f.value, label: f.label ?? f.value, count: f.count }));
  for (const value of selected ?? []) {
    if (!options.some((o) => o.value === value)) options.unshift({ value, label: value, count: undefined });
  }
  return options;
}

function Filters({ search, facets, setFilters }: { search: JobsSearch; facets: Facets | undefined; setFilters: SetFilters }) {
  const locationId = useId();
  const salaryId = useId();
  const postedName = useId();
  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex flex-col gap-1.5"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('location');
          setFilters({ location: typeof value === 'string' && value.trim() ? value.trim() : undefined });
        }}
      >
        <label htmlFor={locationId} className="text-sm font-semibold text-slate-900">
          Location
        </label>
        <div className="flex gap-2">
          <input
            key={search.location ?? ''}
            id={locationId}
            name="location"
            type="search"
            maxLength={100}
            defaultValue={search.location}
            placeholder="City or country"
            enterKeyHint="search"
            data-testid="filter-location"
            className="min-h-10 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500 focus:border-brand-700"
          />
          <button type="submit" className={`${BUTTON_STYLES.secondary} min-h-10 px-3 text-sm`}>
            Apply
          </button>
        </div>
      </form>

      <CheckboxGroup
        group="remote"
        title="Workplace"
        options={enumOptions(REMOTE_TYPES, LABELS.remote, facets?.remote)}
        selected={search.remote ?? []}
        onToggle={(value, on) => setFilters({ remote: toggled(search.remote, value as (typeof REMOTE_TYPES)[number], on) })}
      />
      <CheckboxGroup
        group="employmentType"
        title="Employment type"
        options={enumOptions(EMPLOYMENT_TYPES, LABELS.employmentType, facets?.employmentType)}
        selected={search.employmentType ?? []}
        onToggle={(value, on) =>
          setFilters({ employmentType: toggled(search.employmentType, value as (typeof EMPLOYMENT_TYPES)[number], on) })
        }
      />
      <CheckboxGroup
        group="experienceLevel"
        title="Experience level"
        options={enumOptions(EXPERIENCE_LEVELS, LABELS.experienceLevel, facets?.experienceLevel)}
        selected={search.experienceLevel ?? []}
        onToggle={(value, on) =>
          setFilters({ experienceLevel: toggled(search.experienceLevel, value as (typeof EXPERIENCE_LEVELS)[number], on) })
        }
      />

      <FilterGroup title="Posted">
        {[undefined, ...POSTED_WITHIN_DAYS].map((days) => (
          <label key={days ?? 'any'} className="flex min-h-8 cursor-pointer items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name={postedName}
              checked={search.postedWithinDays === days}
              onChange={() => setFilters({ postedWithinDays: days })}
              data-testid={`filter-postedWithinDays-${days ?? 'any'}`}
              className="size-4 accent-brand-700"
            />
            <span className="flex-1">{days === undefined ? 'Any time' : days === 1 ? 'Past 24 hours' : `Past ${days} days`}</span>
            {days !== undefined && facets && (
              <span className="text-xs text-slate-500 tabular-nums">
                {numbers.format(facets.postedWithinDays.find((p) => p.value === String(days))?.count ?? 0)}
              </span>
            )}
          </label>
        ))}
      </FilterGroup>

      <div className="flex flex-col gap-1.5 border-t border-slate-200 pt-4">
        <label htmlFor={salaryId} className="text-sm font-semibold text-slate-900">
          Minimum salary (USD a year)
        </label>
        <select
          id={salaryId}
          value={search.salaryMin ?? ''}
          onChange={(event) => setFilters({ salaryMin: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })}
          data-testid="filter-salaryMin"
          className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900"
        >
          <option value="">Any</option>
          {[...new Set([...SALARY_MINIMUMS, ...(search.salaryMin !== undefined ? [search.salaryMin] : [])])]
            .sort((a, b) => a - b)
            .map((amount) => (
              <option key={amount} value={amount}>
                {numbers.format(amount)}+
              </option>
            ))}
        </select>
      </div>

      <CheckboxGroup
        group="skills"
        title="Skills"
        options={facetOptions(facets?.skills, search.skills)}
        selected={search.skills ?? []}
        onToggle={(value, on) => setFilters({ skills: toggled(search.skills, value, on) })}
      />
      <CheckboxGroup
        group="companies"
        title="Companies"
        options={facetOptions(facets?.companies, search.companies)}
        selected={search.companies ?? []}
        onToggle={(value, on) => setFilters({ companies: toggled(search.companies, value, on) })}
      />
    </div>
  );
}

function ClearFiltersLink({ children = 'Clear filters' }: { children?: ReactNode }) {
  return (
    <Link to="/jobs" search={{}} className="font-semibold text-brand-800 underline underline-offset-2" data-testid="clear-filters">
      {children}
    </Link>
  );
}

export function JobsPage() {
  const search = useSearch({ from: '/jobs' });
  const navigate = useNavigate({ from: '/jobs' });
  const { page, q } = search;
  useDocumentTitle([q ? `Jobs matching “${q}”` : 'Jobs', page > 1 ? `page ${page}` : ''].filter(Boolean).join(', '));
  const trpc = useTRPC();
  const jobs = useQuery({ ...trpc.job.search.queryOptions(toJobSearchInput(search)), placeholderData: keepPreviousData });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const sortId = useId();
  const filtered = hasFilters(search);
  const alertFilters = alertFiltersFromSearch(search);

  const setFilters: SetFilters = (patch) => {
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: 1 }) });
  };

  let results: ReactNode;
  if (jobs.data) {
    const { items, pagination } = jobs.data;
    if (items.length > 0) {
      results = (
        <div className={jobs.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
          <JobList jobs={items} fromJobs={search} label="Search results" />
          <Pagination page={pagination.page} totalPages={pagination.totalPages} />
        </div>
      );
    } else if (pagination.totalCount > 0) {
      results = (
        <EmptyState
          title="This page is past the end of the list"
          action={
            <Link
              from="/jobs"
              to="/jobs"
              search={(prev) => ({ ...prev, page: pagination.totalPages })}
              className="font-semibold text-brand-800 underline underline-offset-2"
            >
              Go to the last page
            </Link>
          }
        >
          There are {formatCount(pagination.totalCount, 'job', 'jobs')} on {formatCount(pagination.totalPages, 'page', 'pages')}.
        </EmptyState>
      );
    } else if (filtered) {
      results = (
        <EmptyState title="No jobs match your search" action={<ClearFiltersLink />}>
          Try fewer words or filters.
        </EmptyState>
      );
    } else {
      results = (
        <EmptyState title="No open jobs yet">Jobs appear here as soon as employers publish them. Check back soon.</EmptyState>
      );
    }
  } else if (jobs.isError) {
    const info = describeApiError(jobs.error);
    // A stale link (a company or skill that no longer exists) is a search to change, not a failure to retry.
    results =
      info.code === 'BAD_REQUEST' ? (
        <EmptyState title="This search can't be run" action={<ClearFiltersLink />}>
          {Object.values(info.fieldErrors).flat()[0] ?? info.message}
        </EmptyState>
      ) : (
        <ErrorState title="We couldn't load the jobs" error={jobs.error} onRetry={() => void jobs.refetch()} />
      );
  } else {
    results = <JobListSkeleton />;
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Find jobs</h1>
        <JobSearchForm
          key={q ?? ''}
          defaultQuery={q}
          inputTestId="search-input"
          onSearch={(words) => setFilters({ q: words })}
        />
        {/* A new search is a new alert to offer: the form and its confirmation start over. */}
        <SaveSearchAlert key={JSON.stringify(alertFilters)} filters={alertFilters} />
      </div>

      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-8">
        <div className="flex flex-col gap-3">
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen((open) => !open)}
            data-testid="filters-toggle"
            className={`${BUTTON_STYLES.secondary} text-sm lg:hidden`}
          >
            Filters
          </button>
          <section
            id={filtersId}
            aria-label="Filters"
            className={`${filtersOpen ? 'block' : 'hidden'} rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:block`}
            data-testid="filters"
          >
            <Filters search={search} facets={jobs.data?.facets ?? undefined} setFilters={setFilters} />
            {filtered && (
              <p className="mt-4 border-t border-slate-200 pt-4 text-sm">
                <ClearFiltersLink>Clear all filters</ClearFiltersLink>
              </p>
            )}
          </section>
        </div>

        <div className="flex min-w-0 flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex flex-col gap-0.5">
              <p className="min-h-6 font-semibold text-slate-900" aria-live="polite" data-testid="results-count">
                {jobs.data ? resultsCount(jobs.data) : ''}
              </p>
              {jobs.data?.similar && (
                <p className="text-sm text-slate-600" data-testid="similar-jobs">
                  No exact matches — similar jobs
                </p>
              )}
              {jobs.data?.correctedTo && (
                <p className="text-sm text-slate-600" data-testid="corrected-to">
                  Showing results for <span className="font-semibold text-slate-900">{jobs.data.correctedTo}</span>
                </p>
              )}
            </div>
            <div className="flex items-center gap-2">
              <label htmlFor={sortId} className="text-sm text-slate-700">
                Sort by
              </label>
              <select
                id={sortId}
                value={search.sort ?? 'relevance'}
                onChange={(event) => {
                  const sort = event.currentTarget.value as JobSort;
                  setFilters({ sort: sort === 'relevance' ? undefined : sort });
                }}
                data-testid="sort-select"
                className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900"
              >
                {(Object.keys(SORT_LABELS) as JobSort[]).map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {results}
        </div>
      </div>
    </PageContainer>
  );
}
