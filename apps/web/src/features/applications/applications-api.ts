// The applications procedures (docs/applications.md) as the pages use them: the shapes they read, inferred from
// the API's router, and what a change refreshes.
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type MyApplication = RouterOutputs['application']['get'];
export type MyApplicationSummary = RouterOutputs['application']['mine']['items'][number];
export type AppliedJob = RouterOutputs['application']['appliedJobs'][number];
export type ApplicantRow = RouterOutputs['pipeline']['applicants']['items'][number];
export type BoardColumn = RouterOutputs['pipeline']['board']['columns'][number];
export type ApplicantDetail = RouterOutputs['pipeline']['applicant'];
export type ApplicantNote = ApplicantDetail['notes'][number];
export type BulkMoveResult = RouterOutputs['pipeline']['bulkMove'];

/**
 * The jobs the signed-in candidate applied to, by job id (one query for every "Applied" mark on a page); empty
 * for everyone else, who is never asked for it.
 */
export function useAppliedJobs(): { isCandidate: boolean; byJob: ReadonlyMap<string, AppliedJob> | undefined } {
  const trpc = useTRPC();
  const { account } = useSession();
  const isCandidate = account?.user.role === 'candidate';
  const query = useQuery({
    ...trpc.application.appliedJobs.queryOptions(isCandidate ? undefined : skipToken),
    select: (jobs) => new Map(jobs.map((job) => [job.jobId, job])),
  });
  return { isCandidate, byJob: isCandidate ? query.data : undefined };
}

/** After a candidate applies or withdraws: their lists and marks are asked for again. */
export function useRefreshMyApplications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.application.pathFilter());
}

/** After a company moves applications or writes a note: the board, the table and the applicant pages. */
export function useRefreshPipeline() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries(trpc.pipeline.pathFilter()), queryClient.invalidateQueries(trpc.jobEditor.pathFilter())]);
}
