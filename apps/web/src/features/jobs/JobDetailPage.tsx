// One job in full: what the role is, its terms, the skills it needs and who the employer is.
import { jobId as jobIdSchema } from '@hotgigs/shared';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { PlainText } from '../../components/PlainText.tsx';
import { isNotFound } from '../../lib/api-error.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type JobDetail } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ApplyPanel } from '../applications/ApplyPanel.tsx';
import { CompanyProfile } from '../companies/CompanyProfile.tsx';
import { JobMatch } from '../matching/JobMatch.tsx';
import { SaveJobButton } from '../saved-jobs/SaveJobButton.tsx';
import { JobFacts } from './JobFacts.tsx';
import { JobSkills } from './JobSkills.tsx';
import { JobTypeTags } from './JobTypeTags.tsx';
import { PostedAge } from './PostedAge.tsx';
import { RichText } from './RichText.tsx';
import { SalaryRange } from './SalaryRange.tsx';

function BackToResults() {
  // The list this job was opened from, when it was (see JobCard); otherwise the first page.
  const fromJobs = useLocation({ select: (location) => location.state.fromJobs });
  return (
    <Link
      to="/jobs"
      search={fromJobs ?? {}}
      className="inline-flex items-center gap-1 rounded text-sm font-medium text-slate-700 hover:text-brand-800 hover:underline"
      data-testid="back-to-results"
    >
      <span aria-hidden="true">←</span> Back to results
    </Link>
  );
}

function JobNotFound() {
  return (
    <div className="flex flex-col items-start gap-4 pt-6" data-testid="job-not-found">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        This job doesn't exist or is no longer open
      </h1>
      <p className="text-slate-700">It may have been filled or taken down by the employer.</p>
      <Link to="/jobs" className={BUTTON_STYLES.primary}>
        Browse open jobs
      </Link>
    </div>
  );
}

function JobDetailSkeleton() {
  return (
    <div role="status" className="pt-6">
      <span className="sr-only">Loading the job…</span>
      <div aria-hidden="true" className="flex animate-pulse flex-col gap-4">
        <div className="h-8 w-2/3 rounded bg-slate-200" />
        <div className="h-5 w-1/3 rounded bg-slate-100" />
        <div className="flex gap-2">
          <div className="h-6 w-20 rounded-full bg-slate-100" />
          <div className="h-6 w-24 rounded-full bg-slate-100" />
        </div>
        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
          <div className="flex flex-col gap-3">
            {[100, 95, 98, 60].map((width) => (
              <div key={width} className="h-4 rounded bg-slate-100" style={{ width: `${width}%` }} />
            ))}
          </div>
          <div className="h-64 rounded-xl bg-slate-100" />
        </div>
      </div>
    </div>
  );
}

interface SectionProps {
  id: string;
  title: string;
  testId?: string;
  children: ReactNode;
}

function Section({ id, title, testId, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3" data-testid={testId}>
      <h2 id={id} className="text-xl font-semibold tracking-tight text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * For the recruiters of the job's company: the way back to editing it. For admins (moderation: the API lets
 * them edit any job and read its applicants), the same pages.
 */
function EditJobLink({ job }: { job: JobDetail }) {
  const { account } = useSession();
  const admin = account?.user.role === 'admin';
  if (!admin && (account?.profile?.kind !== 'recruiter' || account.profile.company.id !== job.company.id)) return null;
  return (
    <>
      <Link to="/recruiter/jobs/$jobId/edit" params={{ jobId: job.id }} className={BUTTON_STYLES.secondary} data-testid="edit-job-link">
        {admin ? 'Moderate: edit this job' : 'Edit this job'}
      </Link>
      {admin && (
        <Link to="/recruiter/jobs/$jobId/applicants" params={{ jobId: job.id }} className={BUTTON_STYLES.secondary} data-testid="moderate-applicants-link">
          Moderate: applicants
        </Link>
      )}
    </>
  );
}

function JobDetailView({ job }: { job: JobDetail }) {
  const place = job.location ?? job.company.location;
  return (
    <article aria-labelledby="job-heading" className="flex flex-col gap-8 pt-6" data-testid="job-detail">
      <header className="flex flex-col gap-3 border-b border-slate-200 pb-6">
        <h1
          id="job-heading"
          className="text-2xl font-bold tracking-tight text-balance text-slate-900 sm:text-4xl"
          data-testid="job-heading"
        >
          {job.title}
        </h1>
        <p className="text-lg text-slate-700">
          <Link
            to="/companies/$slug"
            params={{ slug: job.company.slug }}
            className="rounded font-semibold text-slate-900 underline decoration-slate-300 underline-offset-4 hover:text-brand-800 hover:decoration-brand-700"
            data-testid="job-company-link"
          >
            {job.company.name}
          </Link>
          {place && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              {place}
            </>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <JobTypeTags job={job} />
          <SalaryRange salary={job.salary} className="font-semibold text-slate-900" />
          <PostedAge date={job.publishedAt} className="text-sm text-slate-600" />
          <SaveJobButton jobId={job.id} jobTitle={job.title} />
          <EditJobLink job={job} />
        </div>
      </header>

      {/* Phones read the terms first and the employer last; wide screens show both beside the text. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem] lg:grid-rows-[auto_1fr] lg:gap-x-10 lg:gap-y-6">
        <section
          aria-labelledby="facts-heading"
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:col-start-2 lg:row-start-1"
        >
          <h2 id="facts-heading" className="sr-only">
            Job details
          </h2>
          <JobFacts job={job} />
        </section>
        <div className="flex min-w-0 flex-col gap-10 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <ApplyPanel job={job} />
          <JobMatch jobId={job.id} />
          {job.skills.length > 0 && (
            <Section id="skills-heading" title="Skills">
              <JobSkills skills={job.skills} />
            </Section>
          )}
          {job.descriptionHtml.trim() && (
            <Section id="description-heading" title="About the role" testId="job-description">
              <RichText html={job.descriptionHtml} />
            </Section>
          )}
          {job.requirements.trim() && (
            <Section id="requirements-heading" title="Requirements" testId="job-requirements">
              <PlainText text={job.requirements} />
            </Section>
          )}
        </div>
        <div className="self-start rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:col-start-2 lg:row-start-2">
          <CompanyProfile company={job.company} />
        </div>
      </div>
    </article>
  );
}

export function JobDetailPage() {
  const { jobId } = useParams({ from: '/jobs/$jobId' });
  const isJobId = jobIdSchema.safeParse(jobId).success;
  const trpc = useTRPC();
  const job = useQuery(trpc.job.byId.queryOptions(isJobId ? { id: jobId } : skipToken));
  const notFound = !isJobId || (job.isError && isNotFound(job.error));
  useDocumentTitle(notFound ? 'Job not found' : job.data ? `${job.data.title} at ${job.data.company.name}` : 'Job');

  let content: ReactNode;
  if (notFound) {
    content = <JobNotFound />;
  } else if (job.data) {
    content = <JobDetailView job={job.data} />;
  } else if (job.isError) {
    content = (
      <div className="pt-6">
        <ErrorState
          title="We couldn't load this job"
          error={job.error}
          onRetry={() => void job.refetch()}
        />
      </div>
    );
  } else {
    content = <JobDetailSkeleton />;
  }

  return (
    <PageContainer className="pt-6">
      <BackToResults />
      {content}
    </PageContainer>
  );
}
