// /applications/$applicationId: one of the candidate's applications. Where it stands, each step in plain words
// with its date (and the company's message, when it wrote one), what was sent (resume, cover letter, answers),
// and withdrawing it from an open stage, after a confirmation. Never the company's notes or ratings: the API
// does not send them.
import { applicationId as applicationIdSchema } from '@hotgigs/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { CandidatesOnly } from '../../components/CandidatesOnly.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { PlainText } from '../../components/PlainText.tsx';
import { describeApiError, explainApiError, isNotFound } from '../../lib/api-error.ts';
import { formatCalendarDate } from '../../lib/format.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { resumeFileUrl } from '../profile/ResumeList.tsx';
import { AnswerList } from './AnswerList.tsx';
import type { MyApplication } from './applications-api.ts';
import { Section } from './Section.tsx';
import { StatusBadge } from './StatusBadge.tsx';

function Timeline({ timeline }: { timeline: MyApplication['timeline'] }) {
  return (
    <ol className="flex flex-col" data-testid="timeline">
      {timeline.map((step, index) => (
        <li key={index} className="relative flex gap-3 pb-5 last:pb-0" data-testid="timeline-step" data-status={step.status}>
          {/* The line between steps. */}
          {index < timeline.length - 1 && <span aria-hidden="true" className="absolute top-5 bottom-0 left-[0.4375rem] w-0.5 bg-slate-200" />}
          <span aria-hidden="true" className={`mt-1.5 size-4 shrink-0 rounded-full border-2 ${index === timeline.length - 1 ? 'border-brand-700 bg-brand-700' : 'border-slate-300 bg-white'}`} />
          <div className="flex min-w-0 flex-col gap-1">
            <p className="text-slate-900">
              <span className="font-semibold" data-testid="timeline-sentence">
                {step.sentence}
              </span>{' '}
              <time dateTime={step.at.toISOString()} className="text-sm text-slate-600">
                {formatCalendarDate(step.at)}
              </time>
            </p>
            {step.message && (
              <blockquote className="rounded-lg border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-slate-800" data-testid="timeline-message">
                <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Message from the company</p>
                <p className="break-words whitespace-pre-line">{step.message}</p>
              </blockquote>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Withdraw({ application }: { application: MyApplication }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const withdraw = useMutation(
    trpc.application.withdraw.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.application.get.queryKey({ id: updated.id }), updated);
        await queryClient.invalidateQueries(trpc.application.pathFilter());
      },
    }),
  );
  const [reason, setReason] = useState('');
  return (
    <div className="flex w-full max-w-md flex-col items-start gap-3">
      <TextAreaField
        label="Why are you withdrawing? (optional)"
        hint="The company reads this with your application: for example, that you took another offer."
        value={reason}
        onChange={setReason}
        maxLength={500}
        rows={2}
        data-testid="withdraw-reason"
      />
      <ConfirmAction
        label="Withdraw application"
        question="Withdraw this application? The company is told, and you cannot undo it."
        confirmLabel="Withdraw"
        pendingLabel="Withdrawing…"
        pending={withdraw.isPending}
        onConfirm={() => withdraw.mutateAsync({ id: application.id, reason: reason.trim() || null })}
        testId="withdraw"
      />
      {withdraw.isError && (
        <p role="alert" className="text-sm font-medium text-red-800" data-testid="withdraw-error">
          We couldn't withdraw it: {explainApiError(describeApiError(withdraw.error))}
        </p>
      )}
    </div>
  );
}

function ApplicationView({ application }: { application: MyApplication }) {
  const [withdrawn] = useState(() => application.status === 'withdrawn');
  const { job } = application;
  return (
    <article aria-labelledby="application-heading" className="flex flex-col gap-6" data-testid="application">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-brand-800">Your application</p>
        <h1 id="application-heading" className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="application-heading">
          {job.open ? (
            <Link to="/jobs/$jobId" params={{ jobId: job.id }} className="hover:text-brand-800 hover:underline">
              {job.title}
            </Link>
          ) : (
            job.title
          )}
        </h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
          <Link to="/companies/$slug" params={{ slug: job.companySlug }} className={TEXT_LINK}>
            {job.companyName}
          </Link>
          {job.location && <span>{job.location}</span>}
          <StatusBadge status={application.status} />
        </p>
      </header>
      {!withdrawn && application.status === 'withdrawn' && <Notice testId="withdrawn-notice">You withdrew this application.</Notice>}

      <Section id="timeline-heading" title="What happened so far" testId="timeline-section">
        <Timeline timeline={application.timeline} />
        {application.canWithdraw && <Withdraw application={application} />}
      </Section>

      <Section id="sent-heading" title="What you sent">
        <div className="flex flex-col gap-4">
          <div className="flex flex-col gap-1">
            <h3 className="text-sm font-semibold text-slate-800">Resume</h3>
            {application.resume ? (
              <a href={resumeFileUrl(application.resume.id)} download className={`${TEXT_LINK} break-all`} data-testid="application-resume">
                {application.resume.filename}
              </a>
            ) : (
              <p className="text-slate-600">The resume was deleted since.</p>
            )}
          </div>
          <div className="flex flex-col gap-1">
            <h3 className="text-sm font-semibold text-slate-800">Cover letter</h3>
            {application.coverLetter ? <PlainText text={application.coverLetter} /> : <p className="text-slate-600">None.</p>}
          </div>
          <div className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold text-slate-800">Answers</h3>
            <AnswerList answers={application.answers} empty="The job asked no questions." />
          </div>
        </div>
      </Section>
    </article>
  );
}

function OwnApplication({ id }: { id: string }) {
  const trpc = useTRPC();
  const valid = applicationIdSchema.safeParse(id).success;
  const application = useQuery(trpc.application.get.queryOptions(valid ? { id } : skipToken, { retry: (count, error) => !isNotFound(error) && count < 2 }));
  useDocumentTitle(application.data ? `Application: ${application.data.job.title}` : 'Application');
  if (!valid || (application.isError && isNotFound(application.error))) {
    return (
      <EmptyState
        title="There is no such application"
        action={
          <Link to="/applications" className={BUTTON_STYLES.primary}>
            Your applications
          </Link>
        }
      >
        It may be another account's, or the link may be mistyped.
      </EmptyState>
    );
  }
  if (application.isError) return <ErrorState title="We couldn't load this application" error={application.error} onRetry={() => void application.refetch()} />;
  if (!application.data) return <LoadingText>Loading your application…</LoadingText>;
  return <ApplicationView application={application.data} />;
}

export function ApplicationPage() {
  const { applicationId } = useParams({ from: '/signed-in/applications/$applicationId' });
  const { account } = useSession();
  let content: ReactNode = null;
  if (account) content = account.user.role === 'candidate' ? <OwnApplication id={applicationId} /> : <CandidatesOnly feature="Applications" />;
  return (
    <PageContainer className="pt-6">
      <div className="mx-auto flex max-w-3xl flex-col gap-4">
        <Link to="/applications" className="inline-flex items-center gap-1 self-start rounded text-sm font-medium text-slate-700 hover:text-brand-800 hover:underline">
          <span aria-hidden="true">←</span> All your applications
        </Link>
        {content}
      </div>
    </PageContainer>
  );
}
