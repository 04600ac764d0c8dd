// Signing out from anywhere: end the session on the server, leave for the home page, then forget everything
// fetched while signed in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { forgetSession } from './session.ts';
import { useTRPC } from './trpc.ts';

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        await navigate({ to: '/', state: (previous) => ({ ...previous, notice: 'You are signed out.' }) });
        await forgetSession(queryClient);
      },
    }),
  );
}
