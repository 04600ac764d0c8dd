// /applications: a candidate's applications, newest first, each with its status; all, only open ones or only
// closed ones (in the URL), a page at a time.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { formatCalendarDate, formatCount } from '../../lib/format.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JobListSkeleton } from '../jobs/JobListSkeleton.tsx';
import type { MyApplicationSummary } from './applications-api.ts';
import { MY_APPLICATIONS_PAGE_SIZE, type MyApplicationsSearch } from './search-params.ts';
import { StatusBadge } from './StatusBadge.tsx';

const FILTERS: { state: MyApplicationsSearch['state']; label: string }[] = [
  { state: undefined, label: 'All' },
  { state: 'open', label: 'Open' },
  { state: 'closed', label: 'Closed' },
];

function StateFilter({ current }: { current: MyApplicationsSearch['state'] }) {
  return (
    <nav aria-label="Filter applications">
      <ul className="flex flex-wrap gap-1.5" data-testid="application-filter">
        {FILTERS.map((filter) => {
          const selected = filter.state === current;
          return (
            <li key={filter.label}>
              <Link
                to="/applications"
                search={{ state: filter.state, page: 1 }}
                aria-current={selected ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-3.5 text-sm font-semibold ${
                  selected ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50'
                }`}
                data-testid={`application-filter-${filter.state ?? 'all'}`}
              >
                {filter.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function ApplicationCard({ application }: { application: MyApplicationSummary }) {
  const titleId = `application-${application.id}-title`;
  return (
    <article
      aria-labelledby={titleId}
      className="relative flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-slate-300 hover:shadow-md sm:p-5"
      data-testid="my-application"
      data-application-id={application.id}
      data-status={application.status}
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <h2 id={titleId} className="min-w-0 text-lg leading-snug font-semibold break-words text-slate-900">
          <Link
            to="/applications/$applicationId"
            params={{ applicationId: application.id }}
            className="outline-none after:absolute after:inset-0 after:rounded-xl hover:text-brand-800 hover:underline focus-visible:after:ring-3 focus-visible:after:ring-brand-700"
            data-testid="my-application-link"
          >
            {application.job.title}
          </Link>
        </h2>
        <StatusBadge status={application.status} />
      </div>
      <p className="text-sm text-slate-700">
        {application.job.companyName}
        {application.job.location && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            {application.job.location}
          </>
        )}
      </p>
      <p className="text-sm text-slate-600">
        Applied <time dateTime={application.submittedAt.toISOString()}>{formatCalendarDate(application.submittedAt)}</time>
        {application.updatedAt.getTime() - application.submittedAt.getTime() > 60_000 && (
          <>
            {' '}
            · updated <time dateTime={application.updatedAt.toISOString()}>{formatCalendarDate(application.updatedAt)}</time>
          </>
        )}
        {!application.job.open && <> · the job is no longer open</>}
      </p>
    </article>
  );
}

function ApplicationList({ search }: { search: MyApplicationsSearch }) {
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.application.mine.queryOptions({ page: search.page, limit: MY_APPLICATIONS_PAGE_SIZE, state: search.state }),
    placeholderData: keepPreviousData,
  });
  if (list.isError) return <ErrorState title="We couldn't load your applications" error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <JobListSkeleton count={3} />;
  const { items, pagination } = list.data;
  if (items.length === 0) {
    if (pagination.totalCount > 0) {
      return (
        <EmptyState
          title="This page is past the end of the list"
          action={
            <Link to="/applications" search={{ state: search.state, page: pagination.totalPages }} className={BUTTON_STYLES.secondary}>
              Go to the last page
            </Link>
          }
        />
      );
    }
    if (search.state) {
      return (
        <EmptyState
          title={search.state === 'open' ? 'No open applications' : 'No closed applications'}
          action={
            <Link to="/applications" search={{ page: 1 }} className={BUTTON_STYLES.secondary}>
              Show all applications
            </Link>
          }
        >
          {search.state === 'open' ? 'Every application of yours has reached a decision.' : 'None of your applications has reached a decision yet.'}
        </EmptyState>
      );
    }
    return (
      <EmptyState
        title="You have not applied to a job yet"
        action={
          <Link to="/jobs" className={BUTTON_STYLES.primary} data-testid="applications-search-link">
            Search jobs
          </Link>
        }
      >
        Open a job and press <span className="font-semibold">Apply</span>: you follow each application here.
      </EmptyState>
    );
  }
  return (
    <div className={list.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
      <p id="my-applications-count" className="mb-3 text-sm text-slate-700" data-testid="my-applications-count">
        {formatCount(pagination.totalCount, 'application', 'applications')}
      </p>
      <ul className="flex flex-col gap-3" aria-describedby="my-applications-count" data-testid="my-applications">
        {items.map((application) => (
          <li key={application.id}>
            <ApplicationCard application={application} />
          </li>
        ))}
      </ul>
      <Pagination page={pagination.page} totalPages={pagination.totalPages} to="/applications" />
    </div>
  );
}

export function MyApplicationsPage() {
  useDocumentTitle('Your applications');
  const search = useSearch({ from: '/signed-in/applications' });
  const { account } = useSession();
  let content: ReactNode = null;
  if (account) content = account.user.role === 'candidate' ? <ApplicationList search={search} /> : <CandidatesOnly feature="Applications" />;
  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your applications</h1>
        <p className="text-slate-600">Where each of your applications stands.</p>
      </header>
      {account?.user.role === 'candidate' && <StateFilter current={search.state} />}
      {content}
    </PageContainer>
  );
}
