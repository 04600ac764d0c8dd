// The front door: what Hotgigs is, a search box, and the newest jobs.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JobList } from '../jobs/JobList.tsx';
import { JobListSkeleton } from '../jobs/JobListSkeleton.tsx';
import { JobSearchForm } from '../search/JobSearchForm.tsx';
import { JOBS_PAGE_SIZE } from '../search/search-params.ts';

const LATEST_JOBS_SHOWN = 6;

export function HomePage() {
  useDocumentTitle(null);
  const trpc = useTRPC();
  const isCandidate = useSession().account?.user.role === 'candidate';
  // The newest jobs (the jobs page itself runs `job.search`, newest first when there are no words).
  const latest = useQuery(trpc.job.list.queryOptions({ page: 1, limit: JOBS_PAGE_SIZE }));

  return (
    <>
      <section aria-labelledby="hero-heading" className="border-b border-slate-200 bg-white">
        <PageContainer className="flex flex-col gap-6 py-12 sm:py-20">
          <div className="flex max-w-2xl flex-col gap-4">
            <h1 id="hero-heading" className="text-3xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl">
              Find a job that fits <span className="text-brand-700">your skills</span>
            </h1>
            <p className="text-lg text-pretty text-slate-700">
              Hotgigs is an open-source job portal. Browse open roles with their salaries and the skills they ask for,
              up front.
            </p>
          </div>
          <div className="max-w-2xl">
            <JobSearchForm size="large" />
          </div>
          {isCandidate && (
            <p className="text-slate-700" data-testid="home-profile-hint">
              Matching works from your profile: add your skills and experience, or let your resume fill them in.{' '}
              <Link to="/profile" className="rounded font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900" data-testid="home-profile-link">
                Your profile
              </Link>
            </p>
          )}
        </PageContainer>
      </section>

      <PageContainer className="pt-10">
        <section aria-labelledby="latest-jobs-heading" className="flex flex-col gap-4">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="latest-jobs-heading" className="text-2xl font-bold tracking-tight text-slate-900">
              Latest jobs
            </h2>
            <Link to="/jobs" className="rounded text-sm font-semibold text-brand-800 hover:underline">
              See all jobs <span aria-hidden="true">→</span>
            </Link>
          </div>
          {latest.data ? (
            latest.data.items.length > 0 ? (
              <JobList jobs={latest.data.items.slice(0, LATEST_JOBS_SHOWN)} titleAs="h3" label="Latest jobs" />
            ) : (
              <EmptyState title="No open jobs yet" titleAs="h3">
                Jobs appear here as soon as employers publish them. Check back soon.
              </EmptyState>
            )
          ) : latest.isError ? (
            <ErrorState
              title="We couldn't load the latest jobs"
              titleAs="h3"
              error={latest.error}
              onRetry={() => void latest.refetch()}
            />
          ) : (
            <JobListSkeleton count={3} />
          )}
        </section>
      </PageContainer>
    </>
  );
}
