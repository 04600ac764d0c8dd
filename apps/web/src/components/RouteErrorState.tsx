// A route that could not load (the session check failed because the server is down, for example).
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorState } from './ErrorState.tsx';
import { PageContainer } from './PageContainer.tsx';

export function RouteErrorState({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <PageContainer className="pt-10">
      <ErrorState
        title="We couldn't open this page"
        error={error}
        onRetry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </PageContainer>
  );
}
