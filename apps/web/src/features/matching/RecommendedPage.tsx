// "Recommended for you": open jobs ranked by the candidate's match score, each with its reasons a click away,
// and the skills that would raise the most matches (each a link to the jobs asking for it).
import { LABELS, EXPERIENCE_LEVELS, REMOTE_TYPES } from '@hotgigs/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JobCard } from '../jobs/JobCard.tsx';
import { JobListSkeleton } from '../jobs/JobListSkeleton.tsx';
import type { Recommendations } from './matching-api.ts';
import { MatchReportPanel } from './MatchReportPanel.tsx';
import { recommendedInput } from './search-params.ts';

const SELECT = 'min-h-11 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 focus-visible:ring-3 focus-visible:ring-brand-700 focus-visible:outline-none';

function Filters() {
  const search = useSearch({ from: '/signed-in/recommended' });
  const navigate = useNavigate({ from: '/recommended' });
  return (
    <div className="flex flex-wrap gap-4" data-testid="recommended-filters">
      <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
        Workplace
        <select
          className={SELECT}
          value={search.remote ?? ''}
          onChange={(event) => void navigate({ search: (prev) => ({ ...prev, page: 1, remote: (event.target.value || undefined) as typeof search.remote }) })}
          data-testid="recommended-remote"
        >
          <option value="">Any</option>
          {REMOTE_TYPES.map((type) => (
            <option key={type} value={type}>
              {LABELS.remote[type]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
        Level
        <select
          className={SELECT}
          value={search.level ?? ''}
          onChange={(event) => void navigate({ search: (prev) => ({ ...prev, page: 1, level: (event.target.value || undefined) as typeof search.level }) })}
          data-testid="recommended-level"
        >
          <option value="">Any</option>
          {EXPERIENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LABELS.experienceLevel[level]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function SkillGaps({ gaps }: { gaps: Recommendations['skillGaps'] }) {
  if (gaps.length === 0) return null;
  const most = Math.max(...gaps.map((gap) => gap.jobs));
  return (
    <section aria-labelledby="gaps-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="skill-gaps">
      <h2 id="gaps-heading" className="text-lg font-semibold tracking-tight text-slate-900">
        Skills that would raise your matches
      </h2>
      <ul className="flex flex-col gap-2">
        {gaps.map((gap) => (
          <li key={gap.skillId} className="grid gap-1 sm:grid-cols-[minmax(0,1fr)_12rem] sm:items-center sm:gap-4">
            <span className="text-slate-800">
              Learning{' '}
              <Link to="/jobs" search={{ skills: [gap.slug] }} className={TEXT_LINK}>
                {gap.name}
              </Link>{' '}
              would raise your match on {gap.jobs === 1 ? 'one' : gap.jobs.toLocaleString('en')} of your best-matching jobs
            </span>
            <div className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.round((gap.jobs / most) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RecommendedPage() {
  useDocumentTitle('Recommended jobs');
  const search = useSearch({ from: '/signed-in/recommended' });
  const trpc = useTRPC();
  const recommended = useQuery({ ...trpc.match.recommended.queryOptions(recommendedInput(search)), placeholderData: keepPreviousData });

  let content: ReactNode;
  if (recommended.data) {
    const { items, pagination, message, skillGaps } = recommended.data;
    if (message) {
      content = (
        <EmptyState
          title="Tell us about yourself to see jobs that fit"
          action={
            <Link to="/profile" className={BUTTON_STYLES.primary} data-testid="recommended-profile-link">
              Complete your profile
            </Link>
          }
        >
          {message}
        </EmptyState>
      );
    } else if (items.length === 0) {
      content = (
        <EmptyState
          title="No open jobs match your skills yet"
          action={
            <Link to="/jobs" className={BUTTON_STYLES.primary}>
              Search all jobs
            </Link>
          }
        >
          {search.remote || search.level ? 'Try fewer filters, or add more skills to your profile.' : 'Add more skills to your profile, or search all jobs.'}
        </EmptyState>
      );
    } else {
      content = (
        <div className={`flex flex-col gap-6 ${recommended.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}`}>
          {pagination.page === 1 && <SkillGaps gaps={skillGaps} />}
          <ol className="flex flex-col gap-3" aria-label="Recommended jobs" data-testid="recommended-list">
            {items.map(({ job, match }) => (
              <li key={job.id} className="flex flex-col gap-2">
                <JobCard job={job} matchScore={match.total} />
                <details className="group rounded-lg" data-testid="match-why">
                  <summary className="cursor-pointer rounded px-1 text-sm font-semibold text-brand-800 hover:underline focus-visible:ring-3 focus-visible:ring-brand-700 focus-visible:outline-none">
                    Why {match.total}%?
                  </summary>
                  <div className="mt-2">
                    <MatchReportPanel report={match} audience="candidate" headingId={`why-${job.id}`} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <Pagination page={pagination.page} totalPages={pagination.totalPages} to="/recommended" />
        </div>
      );
    }
  } else if (recommended.isError) {
    content =
      describeApiError(recommended.error).code === 'FORBIDDEN' ? (
        <CandidatesOnly feature="Recommendations" />
      ) : (
        <ErrorState title="We couldn't load your recommendations" error={recommended.error} onRetry={() => void recommended.refetch()} />
      );
  } else {
    content = <JobListSkeleton count={3} />;
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Recommended for you</h1>
        <p className="text-slate-600">Open jobs ranked by how well your profile matches them. Open “Why” on any job to see the reasons.</p>
      </header>
      <Filters />
      {content}
    </PageContainer>
  );
}
