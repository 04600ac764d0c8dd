// A company's public page: who they are (logo, website, where, how big, what they say about themselves) and the
// jobs they have open, newest first, with the way to all of them in the search.
import { companyBySlugInput } from '@hotgigs/shared';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { PlainText } from '../../components/PlainText.tsx';
import { isNotFound } from '../../lib/api-error.ts';
import { formatCount } from '../../lib/format.ts';
import { displayHost, toSafeExternalUrl } from '../../lib/safe-url.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { JobList } from '../jobs/JobList.tsx';
import { JobListSkeleton } from '../jobs/JobListSkeleton.tsx';
import { CompanyLogo } from './CompanyLogo.tsx';
import { companyFacts } from './CompanyProfile.tsx';

type Company = RouterOutputs['company']['get'];

function CompanyNotFound() {
  return (
    <div className="flex flex-col items-start gap-4 pt-10" data-testid="company-not-found">
      <p className="text-sm font-semibold text-brand-800">404</p>
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">There is no company at this address</h1>
      <p className="text-slate-700">The link may be mistyped, or the company may have left Hotgigs.</p>
      <Link to="/jobs" className={BUTTON_STYLES.primary}>
        Browse open jobs
      </Link>
    </div>
  );
}

function CompanySkeleton() {
  return (
    <div role="status" className="pt-10">
      <span className="sr-only">Loading the company…</span>
      <div aria-hidden="true" className="flex animate-pulse flex-col gap-6">
        <div className="flex items-center gap-4">
          <div className="size-16 rounded-xl bg-slate-200" />
          <div className="flex flex-1 flex-col gap-2">
            <div className="h-7 w-1/2 rounded bg-slate-200" />
            <div className="h-4 w-1/3 rounded bg-slate-100" />
          </div>
        </div>
        <div className="h-20 rounded bg-slate-100" />
      </div>
      <div className="pt-8">
        <JobListSkeleton count={3} />
      </div>
    </div>
  );
}

function OpenJobs({ company }: { company: Company }) {
  const { jobs, openJobCount, slug } = company;
  return (
    <section aria-labelledby="open-jobs-heading" className="flex flex-col gap-4" data-testid="company-jobs">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="open-jobs-heading" className="text-2xl font-bold tracking-tight text-slate-900">
          Open jobs
        </h2>
        <p className="text-slate-600" data-testid="company-open-job-count">
          {formatCount(openJobCount, 'open job', 'open jobs')}
        </p>
      </div>
      {jobs.length > 0 ? (
        <>
          <JobList jobs={jobs} titleAs="h3" label={`Open jobs at ${company.name}`} />
          {openJobCount > jobs.length && (
            <Link to="/jobs" search={{ companies: [slug] }} className={`${BUTTON_STYLES.secondary} self-start`} data-testid="company-all-jobs">
              See all {formatCount(openJobCount, 'open job', 'open jobs')}
            </Link>
          )}
        </>
      ) : (
        <EmptyState
          title="No open jobs right now"
          titleAs="h3"
          action={
            <Link to="/jobs" className={TEXT_LINK}>
              Browse other jobs
            </Link>
          }
        >
          {company.name} has no jobs open at the moment. Check back later.
        </EmptyState>
      )}
    </section>
  );
}

function CompanyView({ company }: { company: Company }) {
  const website = toSafeExternalUrl(company.website);
  const facts = companyFacts(company);
  return (
    <div className="flex flex-col gap-10 pt-8 sm:pt-10" data-testid="company-page">
      <header className="flex flex-col gap-4 border-b border-slate-200 pb-8 sm:flex-row sm:items-center sm:gap-5">
        <CompanyLogo name={company.name} logoUrl={company.logoUrl} className="size-16 rounded-xl text-2xl" />
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight break-words text-slate-900" data-testid="company-name">
            {company.name}
          </h1>
          {facts && <p className="text-slate-700">{facts}</p>}
          {website && (
            <a
              href={website}
              target="_blank"
              rel="noopener noreferrer"
              className={`${TEXT_LINK} self-start break-all`}
              data-testid="company-website"
            >
              {displayHost(website)}
              <span className="sr-only"> (company website, opens in a new tab)</span>
            </a>
          )}
        </div>
      </header>
      {company.description && (
        <section aria-labelledby="about-company-heading" className="flex max-w-3xl flex-col gap-3">
          <h2 id="about-company-heading" className="text-xl font-semibold tracking-tight text-slate-900">
            About {company.name}
          </h2>
          <PlainText text={company.description} />
        </section>
      )}
      <OpenJobs company={company} />
    </div>
  );
}

export function CompanyPage() {
  const { slug } = useParams({ from: '/companies/$slug' });
  const input = companyBySlugInput.safeParse({ slug });
  const trpc = useTRPC();
  const company = useQuery(trpc.company.get.queryOptions(input.success ? input.data : skipToken));
  const notFound = !input.success || (company.isError && isNotFound(company.error));
  useDocumentTitle(notFound ? 'Company not found' : (company.data?.name ?? 'Company'));

  let content: ReactNode;
  if (notFound) content = <CompanyNotFound />;
  else if (company.data) content = <CompanyView company={company.data} />;
  else if (company.isError) {
    content = (
      <div className="pt-10">
        <ErrorState title="We couldn't load this company" error={company.error} onRetry={() => void company.refetch()} />
      </div>
    );
  } else content = <CompanySkeleton />;

  return <PageContainer>{content}</PageContainer>;
}
