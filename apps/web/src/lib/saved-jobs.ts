// A signed-in candidate's saved jobs: which ones (one `savedJob.ids` query shared by every button on the page),
// and saving or unsaving one with the button updated at once (rolled back if the server refuses).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from './session.ts';
import { useTRPC } from './trpc.ts';

export function useSavedJob(jobId: string) {
  const session = useSession();
  const isCandidate = session.status === 'signedIn' && session.account.user.role === 'candidate';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const idsOptions = trpc.savedJob.ids.queryOptions(undefined, { enabled: isCandidate, staleTime: 60_000 });
  const ids = useQuery(idsOptions);
  const key = idsOptions.queryKey;

  const optimistic = (saved: boolean) => ({
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData(key);
      queryClient.setQueryData(key, (old) => {
        const without = (old ?? []).filter((id) => id !== jobId);
        return saved ? [jobId, ...without] : without;
      });
      return { previous };
    },
    onError: (_error: unknown, _input: unknown, context: { previous: string[] | undefined } | undefined) => {
      queryClient.setQueryData(key, context?.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const save = useMutation(trpc.savedJob.save.mutationOptions(optimistic(true)));
  const unsave = useMutation(trpc.savedJob.unsave.mutationOptions(optimistic(false)));

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
