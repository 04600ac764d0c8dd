// A candidate's saved jobs, most recently saved first. Jobs closed or expired since stay on the list, marked as
// such and no longer linked; removing one takes it off at once, with a way to undo while it is still open.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useRef, useState, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { describeApiError, explainApiError } from '../../lib/api-error.ts';
import { formatCount } from '../../lib/format.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useNow } from '../../lib/use-now.ts';
import { JobCard } from '../jobs/JobCard.tsx';
import { JobListSkeleton } from '../jobs/JobListSkeleton.tsx';
import { useMatchScores } from '../matching/matching-api.ts';
import { SAVED_JOB_STATE_LABELS, savedJobState } from './saved-job-list.ts';
import { useSaveJobMutations } from './saved-jobs.ts';
import { SAVED_JOBS_PAGE_SIZE } from './search-params.ts';

type SavedJob = RouterOutputs['savedJob']['list']['items'][number];

function RemoveButton({ job, onRemove }: { job: SavedJob; onRemove: (job: SavedJob) => void }) {
  return (
    <button
      type="button"
      onClick={() => onRemove(job)}
      aria-label={`Remove from saved jobs: ${job.title}`}
      data-testid="unsave-job"
      className="relative z-10 inline-flex min-h-9 items-center gap-1 rounded-lg border border-brand-700 bg-brand-50 px-3 text-sm font-semibold text-brand-800 transition hover:bg-brand-100"
    >
      <span aria-hidden="true">★</span>
      Remove
    </button>
  );
}

export function SavedJobsPage() {
  useDocumentTitle('Saved jobs');
  const { page } = useSearch({ from: '/signed-in/saved-jobs' });
  const trpc = useTRPC();
  const now = useNow();
  const saved = useQuery({
    ...trpc.savedJob.list.queryOptions({ page, limit: SAVED_JOBS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const scores = useMatchScores(saved.data?.items.map((job) => job.id) ?? []);
  const { save, unsave } = useSaveJobMutations();
  // The last job removed on this page, for the confirmation (and its undo) in the status line.
  const [removed, setRemoved] = useState<{ job: SavedJob; restored: boolean }>();
  const statusRef = useRef<HTMLDivElement>(null);

  const remove = (job: SavedJob) => {
    setRemoved({ job, restored: false });
    unsave.mutate({ jobId: job.id });
    // The button pressed is gone with its card: keep the keyboard where the confirmation (and Undo) is.
    statusRef.current?.focus();
  };
  const undo = (job: SavedJob) => {
    save.mutate({ jobId: job.id }, { onSuccess: () => setRemoved({ job, restored: true }) });
  };

  const removalFailed = removed !== undefined && unsave.isError && unsave.variables.jobId === removed.job.id;
  const undoFailed = removed !== undefined && save.isError && save.variables.jobId === removed.job.id;
  let status: ReactNode = null;
  if (removed && !removalFailed) {
    status = removed.restored ? (
      <>“{removed.job.title}” is saved again.</>
    ) : (
      <>Removed “{removed.job.title}” from your saved jobs.</>
    );
  }
  // A job no longer open cannot be saved again.
  const canUndo =
    removed !== undefined && !removed.restored && !removalFailed && savedJobState(removed.job, now) === 'open' && !unsave.isPending;

  let content: ReactNode;
  if (saved.data) {
    const { items, pagination } = saved.data;
    if (items.length > 0) {
      content = (
        <div className={saved.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
          <ul className="flex flex-col gap-3" aria-label="Saved jobs" data-testid="saved-job-list">
            {items.map((job) => {
              const state = savedJobState(job, now);
              return (
                <li key={job.id}>
                  <JobCard
                    job={job}
                    notOpenLabel={state === 'open' ? undefined : SAVED_JOB_STATE_LABELS[state]}
                    action={<RemoveButton job={job} onRemove={remove} />}
                    matchScore={scores?.get(job.id)}
                  />
                </li>
              );
            })}
          </ul>
          <Pagination page={pagination.page} totalPages={pagination.totalPages} to="/saved-jobs" />
        </div>
      );
    } else if (pagination.totalCount > 0) {
      content = (
        <EmptyState
          title="This page is past the end of the list"
          action={
            <Link to="/saved-jobs" search={{ page: pagination.totalPages }} className={TEXT_LINK}>
              Go to the last page
            </Link>
          }
        >
          You have {formatCount(pagination.totalCount, 'saved job', 'saved jobs')} on{' '}
          {formatCount(pagination.totalPages, 'page', 'pages')}.
        </EmptyState>
      );
    } else {
      content = (
        <EmptyState
          title="Save jobs from search to find them here"
          action={
            <Link to="/jobs" className={BUTTON_STYLES.primary} data-testid="saved-jobs-search-link">
              Search jobs
            </Link>
          }
        >
          Press <span className="font-semibold">Save</span> on any job to keep it for later.
        </EmptyState>
      );
    }
  } else if (saved.isError) {
    content =
      describeApiError(saved.error).code === 'FORBIDDEN' ? (
        <CandidatesOnly feature="Saved jobs" />
      ) : (
        <ErrorState title="We couldn't load your saved jobs" error={saved.error} onRetry={() => void saved.refetch()} />
      );
  } else {
    content = <JobListSkeleton count={3} />;
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Saved jobs</h1>
        <p className="min-h-6 text-slate-600" data-testid="saved-jobs-count">
          {saved.data && saved.data.pagination.totalCount > 0
            ? formatCount(saved.data.pagination.totalCount, 'saved job', 'saved jobs')
            : ''}
        </p>
        <div ref={statusRef} tabIndex={-1} className="rounded-lg outline-none focus-visible:ring-3 focus-visible:ring-brand-700">
          {/* Mounted before it says anything, so screen readers announce the confirmation. */}
          <div role="status" data-testid="saved-jobs-status">
            {status && (
              <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-950">
                <p>{status}</p>
                {canUndo && (
                  <button
                    type="button"
                    onClick={() => undo(removed.job)}
                    disabled={save.isPending}
                    className={`${BUTTON_STYLES.secondary} min-h-9 text-sm`}
                    data-testid="undo-unsave"
                  >
                    Undo
                  </button>
                )}
              </div>
            )}
          </div>
        </div>
        {(removalFailed || undoFailed) && (
          <div role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 p-4 text-red-950" data-testid="saved-jobs-error">
            {removalFailed
              ? `We couldn't remove “${removed.job.title}”: ${explainApiError(describeApiError(unsave.error))}`
              : `We couldn't save “${removed?.job.title}” again: ${explainApiError(describeApiError(save.error))}`}
          </div>
        )}
      </header>

      {content}
    </PageContainer>
  );
}
