// "Candidates you could invite" to one of the recruiter's jobs: profiles that let recruiters see them and have not
// applied, ranked by their match score, each with its reasons a click away.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { INVITE_LIMIT } from './invite.ts';
import { MatchBadge } from './MatchBadge.tsx';
import { MatchReportPanel } from './MatchReportPanel.tsx';

export function InvitableCandidatesPage() {
  const { jobId } = useParams({ from: '/signed-in/recruiter/jobs/$jobId/candidates' });
  const trpc = useTRPC();
  const job = useQuery(trpc.jobEditor.get.queryOptions({ id: jobId }));
  const candidates = useQuery(trpc.match.candidatesForJob.queryOptions({ id: jobId, limit: INVITE_LIMIT }));
  const title = job.data?.title ?? 'Job';
  useDocumentTitle(`Candidates to invite: ${title}`);

  let content: ReactNode;
  if (candidates.data) {
    content =
      candidates.data.length === 0 ? (
        <EmptyState title="No visible profiles match this job's skills yet">
          Profiles appear here when they share skills with the job and allow recruiters to see them. Add skills to the job to widen the search.
        </EmptyState>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Candidates you could invite" data-testid="invitable-list">
          {candidates.data.map((candidate) => (
            <li key={candidate.candidateId} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="invitable-candidate">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div className="flex flex-col">
                  <span className="font-semibold text-slate-900">{candidate.name}</span>
                  <span className="text-sm text-slate-700">{[candidate.headline ?? candidate.currentTitle, candidate.location].filter(Boolean).join(' · ')}</span>
                </div>
                <MatchBadge score={candidate.match.total} />
              </div>
              <details data-testid="match-why">
                <summary className="cursor-pointer rounded px-1 text-sm font-semibold text-brand-800 hover:underline focus-visible:ring-3 focus-visible:ring-brand-700 focus-visible:outline-none">
                  Why {candidate.match.total}%?
                </summary>
                <div className="mt-2">
                  <MatchReportPanel report={candidate.match} audience="company" headingId={`why-${candidate.candidateId}`} />
                </div>
              </details>
            </li>
          ))}
        </ol>
      );
  } else if (candidates.isError) {
    content = <ErrorState title="We couldn't rank candidates for this job" error={candidates.error} onRetry={() => void candidates.refetch()} />;
  } else {
    content = <LoadingText>Ranking profiles for this job…</LoadingText>;
  }

  return (
    <PageContainer className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <Link to="/recruiter/jobs/$jobId/applicants" params={{ jobId }} className={`${TEXT_LINK} self-start text-sm`}>
          Applicants
        </Link>
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900">Candidates you could invite: {title}</h1>
        <p className="text-slate-600">Profiles that allow recruiters to see them and have not applied, best match first.</p>
      </div>
      {content}
    </PageContainer>
  );
}
