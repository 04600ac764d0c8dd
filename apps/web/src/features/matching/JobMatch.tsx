// On a job's page, for a signed-in candidate: how well they match it and why (match.forJob). Nobody else is asked.
import { skipToken, useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useSession } from '../../lib/session.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { MatchReportPanel } from './MatchReportPanel.tsx';

export function JobMatch({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const { account } = useSession();
  const isCandidate = account?.user.role === 'candidate';
  const match = useQuery(trpc.match.forJob.queryOptions(isCandidate ? { jobId } : skipToken));
  if (!isCandidate) return null;
  if (match.data) return <MatchReportPanel report={match.data} audience="candidate" />;
  if (match.isError) return <ErrorState title="We couldn't work out your match" error={match.error} onRetry={() => void match.refetch()} />;
  return (
    <div role="status" className="h-40 animate-pulse rounded-xl border border-slate-200 bg-slate-50" data-testid="match-loading">
      <span className="sr-only">Working out how well you match…</span>
    </div>
  );
}
