// A recruiter's jobs: every job of their company with its status, deadline and numbers, filtered by status (in
// the URL), with the lifecycle actions its status allows. Closing and deleting ask first: they cannot be undone.
import { JOB_STATUSES, type JobAction, type JobStatus } from '@hotgigs/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Tag } from '../../components/Tag.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatCount } from '../../lib/format.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JOB_ACTION_COPY, JOB_STATUS_LABELS, JOB_STATUS_MEANINGS, JOB_STATUS_TABS, JOB_STATUS_TONES, jobTitleOrPlaceholder } from './job-status.ts';
import { JobListSkeleton } from './JobListSkeleton.tsx';
import { RECRUITER_JOBS_PAGE_SIZE } from './search-params.ts';

type CompanyJob = RouterOutputs['jobEditor']['mine']['items'][number];
type Counts = RouterOutputs['jobEditor']['mine']['counts'];

/** The filter's order: the jobs that need attention first. */
const TAB_ORDER: JobStatus[] = ['draft', 'published', 'paused', 'expired', 'closed'];

function StatusTabs({ current, counts }: { current: JobStatus | undefined; counts: Counts | undefined }) {
  const total = counts ? JOB_STATUSES.reduce((sum, status) => sum + counts[status], 0) : undefined;
  const tabs: { status: JobStatus | undefined; label: string; count: number | undefined }[] = [
    { status: undefined, label: 'All', count: total },
    ...TAB_ORDER.map((status) => ({ status, label: JOB_STATUS_TABS[status], count: counts?.[status] })),
  ];
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-1.5" data-testid="status-tabs">
        {tabs.map((tab) => {
          const selected = tab.status === current;
          return (
            <li key={tab.label}>
              <Link
                to="/recruiter/jobs"
                search={{ status: tab.status, page: 1 }}
                aria-current={selected ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3.5 text-sm font-semibold ${
                  selected
                    ? 'border-brand-700 bg-brand-700 text-white'
                    : 'border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50'
                }`}
                data-testid={`status-tab-${tab.status ?? 'all'}`}
              >
                {tab.label}
                {tab.count !== undefined && (
                  <span className={`rounded-full px-1.5 text-xs ${selected ? 'bg-white/20' : 'bg-slate-100 text-slate-700'}`}>
                    {tab.count}
                    <span className="sr-only"> {tab.count === 1 ? 'job' : 'jobs'}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{term}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function CompanyJobRow({ job, onDone }: { job: CompanyJob; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const title = jobTitleOrPlaceholder(job.title);
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries(trpc.jobEditor.pathFilter()), queryClient.invalidateQueries(trpc.job.pathFilter())]);
  const transition = useMutation(
    trpc.jobEditor.transition.mutationOptions({
      onSuccess: async (_job, { action }) => {
        await refresh();
        onDone(JOB_ACTION_COPY[action].done(title));
      },
    }),
  );
  const remove = useMutation(
    trpc.jobEditor.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone(`Draft “${title}” deleted.`);
      },
    }),
  );
  const editable = job.status === 'draft' || job.status === 'published' || job.status === 'paused';
  const failed = transition.error ?? remove.error;
  // Closed and expired jobs are history: nothing left to do with them.
  const hasActions = editable || job.allowedActions.length > 0;
  const titleId = `my-job-${job.id}-title`;
  const act = (action: JobAction) => transition.mutateAsync({ id: job.id, action });

  return (
    <li>
      <article
        aria-labelledby={titleId}
        className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
        data-testid="my-job"
        data-job-id={job.id}
        data-status={job.status}
      >
        <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <div className="flex min-w-0 flex-col gap-1">
            <h2 id={titleId} className="text-lg leading-snug font-semibold break-words text-slate-900">
              {editable ? (
                <Link
                  to="/recruiter/jobs/$jobId/edit"
                  params={{ jobId: job.id }}
                  className="hover:text-brand-800 hover:underline"
                  data-testid="my-job-title"
                >
                  {title}
                </Link>
              ) : (
                <span data-testid="my-job-title">{title}</span>
              )}
            </h2>
            <p className="text-sm text-slate-600">{JOB_STATUS_MEANINGS[job.status]}</p>
          </div>
          <span className="shrink-0" data-testid="my-job-status">
            <Tag tone={JOB_STATUS_TONES[job.status]}>{JOB_STATUS_LABELS[job.status]}</Tag>
          </span>
        </div>

        <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
          <Fact term="Deadline">
            {job.deadline ? <time dateTime={job.deadline.toISOString()}>{formatCalendarDate(job.deadline)}</time> : 'None'}
          </Fact>
          <Fact term={job.publishedAt ? 'Published' : 'Created'}>
            <time dateTime={(job.publishedAt ?? job.createdAt).toISOString()}>{formatCalendarDate(job.publishedAt ?? job.createdAt)}</time>
          </Fact>
          <Fact term="Views">
            <span data-testid="my-job-views">{job.viewCount.toLocaleString('en-US')}</span>
          </Fact>
          <Fact term="Applications">
            <Link
              to="/recruiter/jobs/$jobId/applicants"
              params={{ jobId: job.id }}
              className={TEXT_LINK}
              aria-label={`${job.applicationCount.toLocaleString('en-US')} applications: see the applicants of ${title}`}
              data-testid="my-job-applicants"
            >
              {job.applicationCount.toLocaleString('en-US')}
            </Link>
          </Fact>
        </dl>

        {hasActions && (
          <div className="flex flex-wrap items-start gap-2 border-t border-slate-100 pt-4" data-testid="my-job-actions">
            {editable && (
              <Link
                to="/recruiter/jobs/$jobId/edit"
                params={{ jobId: job.id }}
                aria-label={`Edit ${title}`}
                className={`${BUTTON_STYLES.secondary} text-sm`}
                data-testid="edit-job"
              >
                Edit
              </Link>
            )}
            {job.status === 'published' && (
              <Link
                to="/jobs/$jobId"
                params={{ jobId: job.id }}
                aria-label={`View the public page of ${title}`}
                className={`${BUTTON_STYLES.secondary} text-sm`}
                data-testid="view-job"
              >
                View
              </Link>
            )}
            {job.allowedActions.map((action) => {
              const copy = JOB_ACTION_COPY[action];
              return copy.confirm ? (
                <ConfirmAction
                  key={action}
                  label={copy.label}
                  ariaLabel={`${copy.label} ${title}`}
                  question={copy.confirm}
                  confirmLabel={`${copy.label} job`}
                  pendingLabel={copy.pending}
                  pending={transition.isPending && transition.variables?.action === action}
                  onConfirm={() => act(action)}
                  disabled={transition.isPending}
                  testId={`${action}-job`}
                />
              ) : (
                <SubmitButton
                  key={action}
                  type="button"
                  variant={action === 'publish' ? 'primary' : 'secondary'}
                  className="text-sm"
                  pending={transition.isPending && transition.variables?.action === action}
                  pendingLabel={copy.pending}
                  onClick={() => void act(action).catch(() => undefined)}
                  testId={`${action}-job`}
                >
                  {copy.label}
                  <span className="sr-only"> {title}</span>
                </SubmitButton>
              );
            })}
            {job.status === 'draft' && (
              <ConfirmAction
                label="Delete"
                ariaLabel={`Delete the draft ${title}`}
                question="Delete this draft for good?"
                confirmLabel="Delete draft"
                pendingLabel="Deleting…"
                pending={remove.isPending}
                onConfirm={() => remove.mutateAsync({ id: job.id })}
                testId="delete-job"
              />
            )}
          </div>
        )}
        {failed && (
          <div role="alert" className="flex flex-col items-start gap-1 text-sm font-medium text-red-800" data-testid="my-job-error">
            <p>{formErrorsFromApi(failed, []).banner?.message ?? describeApiError(failed).message}</p>
            {editable && describeApiError(failed).code === 'BAD_REQUEST' && (
              <Link to="/recruiter/jobs/$jobId/edit" params={{ jobId: job.id }} className={TEXT_LINK}>
                Fix it in the editor
              </Link>
            )}
          </div>
        )}
      </article>
    </li>
  );
}

export function RecruiterJobsPage() {
  useDocumentTitle('My jobs');
  const search = useSearch({ from: '/signed-in/recruiter/jobs' });
  const { account } = useSession();
  const trpc = useTRPC();
  const jobs = useQuery(
    trpc.jobEditor.mine.queryOptions(
      { page: search.page, limit: RECRUITER_JOBS_PAGE_SIZE, status: search.status },
      { placeholderData: keepPreviousData, staleTime: 0 },
    ),
  );
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLDivElement>(null);

  // An action can remove the button that was pressed (Pause becomes Resume; the job leaves a filtered list):
  // focus then goes to the sentence saying what happened, not back to the top of the document.
  useEffect(() => {
    if (!announcement) return;
    if (!document.activeElement || document.activeElement === document.body) announcementRef.current?.focus();
  }, [announcement]);

  const companyName = account?.profile?.kind === 'recruiter' ? account.profile.company.name : undefined;
  const counts = jobs.data?.counts;
  const totalJobs = counts ? JOB_STATUSES.reduce((sum, status) => sum + counts[status], 0) : undefined;

  let content: ReactNode;
  if (jobs.data) {
    const { items, pagination } = jobs.data;
    if (totalJobs === 0) {
      content = (
        <EmptyState
          title="Post your first job"
          action={
            <Link to="/recruiter/jobs/new" className={BUTTON_STYLES.primary} data-testid="post-first-job">
              Post a job
            </Link>
          }
        >
          Write it, save it as a draft as long as you like, and publish it when it is ready. Candidates see it at once.
        </EmptyState>
      );
    } else if (items.length === 0) {
      content = (
        <EmptyState
          title={`No ${search.status ? JOB_STATUS_TABS[search.status].toLowerCase() : ''} jobs`}
          action={
            <Link to="/recruiter/jobs" search={{ page: 1 }} className={BUTTON_STYLES.secondary}>
              Show all jobs
            </Link>
          }
        >
          {search.page > 1 ? 'This page is past the end of the list.' : 'None of your company’s jobs has this status right now.'}
        </EmptyState>
      );
    } else {
      content = (
        <>
          <p id="my-jobs-count" className="text-sm text-slate-700" data-testid="my-jobs-count">
            {formatCount(pagination.totalCount, 'job', 'jobs')}
            {search.status ? ` ${JOB_STATUS_LABELS[search.status].toLowerCase()}` : ''}
          </p>
          <ul className={`flex flex-col gap-3 ${jobs.isPlaceholderData ? 'opacity-60' : ''}`} aria-describedby="my-jobs-count" data-testid="my-jobs">
            {items.map((job) => (
              <CompanyJobRow key={job.id} job={job} onDone={setAnnouncement} />
            ))}
          </ul>
          <Pagination page={pagination.page} totalPages={pagination.totalPages} to="/recruiter/jobs" />
        </>
      );
    }
  } else if (jobs.isError) {
    content = <ErrorState title="We couldn't load your jobs" error={jobs.error} onRetry={() => void jobs.refetch()} />;
  } else {
    content = <JobListSkeleton count={3} />;
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">My jobs</h1>
          {companyName && <p className="break-words text-slate-600">Jobs of {companyName}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          <Link to="/recruiter/company" className={BUTTON_STYLES.secondary} data-testid="edit-company">
            Company profile
          </Link>
          <Link to="/recruiter/jobs/new" className={BUTTON_STYLES.primary} data-testid="post-job">
            Post a job
          </Link>
        </div>
      </header>
      <div ref={announcementRef} tabIndex={-1} aria-live="polite" className="outline-none empty:hidden">
        {announcement && (
          <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-emerald-950" data-testid="my-jobs-notice">
            {announcement}
          </p>
        )}
      </div>
      <StatusTabs current={search.status} counts={counts} />
      {content}
    </PageContainer>
  );
}
