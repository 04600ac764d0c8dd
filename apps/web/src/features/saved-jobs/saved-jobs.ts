// A signed-in candidate's saved jobs: which ones (one `savedJob.ids` query shared by every button on the page),
// and saving or unsaving one with the buttons and the saved-jobs list updated at once (rolled back if the server
// refuses).
import type { SavedJobInput } from '@hotgigs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { withoutSavedJob } from './saved-job-list.ts';

type SavedJobList = RouterOutputs['savedJob']['list'];

/** The optimistic part of `savedJob.save` (saved) and `savedJob.unsave` (not saved), for mutationOptions. */
function useOptimisticSavedJobs(saved: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const idsKey = trpc.savedJob.ids.queryKey();
  const lists = trpc.savedJob.list.pathFilter();

  return {
    onMutate: async ({ jobId }: SavedJobInput) => {
      await Promise.all([queryClient.cancelQueries({ queryKey: idsKey }), queryClient.cancelQueries(lists)]);
      const previousIds = queryClient.getQueryData(idsKey);
      const previousLists = queryClient.getQueriesData<SavedJobList>(lists);
      queryClient.setQueryData(idsKey, (old) => {
        const without = (old ?? []).filter((id) => id !== jobId);
        return saved ? [jobId, ...without] : without;
      });
      // A job saved elsewhere shows up on the list when it is fetched again; one unsaved leaves it at once.
      if (!saved) {
        queryClient.setQueriesData<SavedJobList>(lists, (old) => (old ? withoutSavedJob(old, jobId) : old));
      }
      return { previousIds, previousLists };
    },
    onError: (
      _error: unknown,
      _input: SavedJobInput,
      context: { previousIds: string[] | undefined; previousLists: [readonly unknown[], SavedJobList | undefined][] } | undefined,
    ) => {
      if (!context) return;
      queryClient.setQueryData(idsKey, context.previousIds);
      for (const [key, data] of context.previousLists) queryClient.setQueryData(key, data);
    },
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: idsKey }), queryClient.invalidateQueries(lists)]),
  };
}

/** `savedJob.save` and `savedJob.unsave`, each shown before the server answers and undone if it refuses. */
export function useSaveJobMutations() {
  const trpc = useTRPC();
  const save = useMutation(trpc.savedJob.save.mutationOptions(useOptimisticSavedJobs(true)));
  const unsave = useMutation(trpc.savedJob.unsave.mutationOptions(useOptimisticSavedJobs(false)));
  return { save, unsave };
}

export function useSavedJob(jobId: string) {
  const session = useSession();
  const isCandidate = session.status === 'signedIn' && session.account.user.role === 'candidate';
  const trpc = useTRPC();
  const ids = useQuery(trpc.savedJob.ids.queryOptions(undefined, { enabled: isCandidate, staleTime: 60_000 }));
  const { save, unsave } = useSaveJobMutations();

  return {
    /** Saving is for candidates: nobody else sees the button. */
    available: isCandidate && ids.data !== undefined,
    saved: ids.data?.includes(jobId) ?? false,
    toggle: () => {
      if (ids.data?.includes(jobId)) unsave.mutate({ jobId });
      else save.mutate({ jobId });
    },
  };
}
