// All open jobs, newest first, a page at a time. The page and the search words live in the URL.
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorState } from '../components/ErrorState.tsx';
import { JobList } from '../components/JobList.tsx';
import { JobListSkeleton } from '../components/JobListSkeleton.tsx';
import { JobSearchForm } from '../components/JobSearchForm.tsx';
import { PageContainer } from '../components/PageContainer.tsx';
import { Pagination } from '../components/Pagination.tsx';
import { formatCount } from '../lib/format.ts';
import { JOBS_PAGE_SIZE } from '../lib/search-params.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

export function JobsPage() {
  const search = useSearch({ from: '/jobs' });
  const { page, q } = search;
  useDocumentTitle(page > 1 ? `Jobs, page ${page}` : 'Jobs');
  const trpc = useTRPC();
  const jobs = useQuery(trpc.job.list.queryOptions({ page, limit: JOBS_PAGE_SIZE }));
  const pagination = jobs.data?.pagination;

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Open jobs</h1>
        <p className="min-h-6 text-slate-600" data-testid="jobs-count">
          {pagination && pagination.totalCount > 0 ? `${formatCount(pagination.totalCount, 'open job', 'open jobs')}, newest first` : ''}
        </p>
      </div>

      <div className="flex flex-col gap-2">
        <JobSearchForm key={q ?? ''} defaultQuery={q} />
        {q && (
          <p className="text-sm text-slate-600" data-testid="search-not-available">
            Searching by keyword is not available yet, so these are all open jobs, newest first.
          </p>
        )}
      </div>

      {jobs.data ? (
        jobs.data.items.length > 0 ? (
          <div>
            <JobList jobs={jobs.data.items} fromJobs={search} label="Open jobs" />
            <Pagination page={jobs.data.pagination.page} totalPages={jobs.data.pagination.totalPages} />
          </div>
        ) : jobs.data.pagination.totalCount > 0 ? (
          <EmptyState
            title="This page is past the end of the list"
            action={
              <Link
                to="/jobs"
                search={{ q, page: jobs.data.pagination.totalPages }}
                className="font-semibold text-brand-800 underline underline-offset-2"
              >
                Go to the last page
              </Link>
            }
          >
            There are {formatCount(jobs.data.pagination.totalCount, 'open job', 'open jobs')} on{' '}
            {formatCount(jobs.data.pagination.totalPages, 'page', 'pages')}.
          </EmptyState>
        ) : (
          <EmptyState title="No open jobs yet">
            Jobs appear here as soon as employers publish them. Check back soon.
          </EmptyState>
        )
      ) : jobs.isError ? (
        <ErrorState
          title="We couldn't load the jobs"
          error={jobs.error}
          onRetry={() => void jobs.refetch()}
        />
      ) : (
        <JobListSkeleton />
      )}
    </PageContainer>
  );
}
