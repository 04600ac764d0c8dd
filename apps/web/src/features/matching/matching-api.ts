// The matching procedures (docs/matching.md) as the pages use them: the shapes, inferred from the API's router,
// and one query for every badge on a page.
import { skipToken, useQuery } from '@tanstack/react-query';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';

export type MatchReport = RouterOutputs['match']['forJob'];
export type ScoredReport = Extract<MatchReport, { scored: true }>;
export type Recommendations = RouterOutputs['match']['recommended'];
export type InvitableCandidate = RouterOutputs['match']['candidatesForJob'][number];

/** The signed-in candidate's score for each of these jobs (one query per page); empty for anyone else. */
export function useMatchScores(jobIds: readonly string[]): ReadonlyMap<string, number> | undefined {
  const trpc = useTRPC();
  const { account } = useSession();
  const ask = account?.user.role === 'candidate' && jobIds.length > 0;
  const query = useQuery({
    ...trpc.match.forJobs.queryOptions(ask ? { jobIds: [...jobIds].slice(0, 50) } : skipToken),
    select: (badges) => new Map(badges.scores.map((s) => [s.jobId, s.score])),
    staleTime: 60_000,
  });
  return ask ? query.data : undefined;
}
