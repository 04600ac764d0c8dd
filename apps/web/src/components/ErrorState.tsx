// A failed load: what went wrong in words people understand, a retry button, and the request id to quote.
import { describeApiError, explainApiError } from '../lib/api-error.ts';
import { BUTTON_STYLES } from './button-styles.ts';

interface ErrorStateProps {
  title: string;
  error: unknown;
  /** Asking again puts the query back into its loading state, so the caller shows its skeleton meanwhile. */
  onRetry: () => void;
  titleAs?: 'h2' | 'h3';
}

export function ErrorState({ title, error, onRetry, titleAs: Title = 'h2' }: ErrorStateProps) {
  const info = describeApiError(error);
  const { requestId } = info;
  const explanation = explainApiError(info);
  return (
    <div
      role="alert"
      data-testid="error-state"
      className="flex flex-col items-start gap-3 rounded-xl border border-red-200 bg-red-50 p-5 text-red-950"
    >
      <Title className="text-lg font-semibold">{title}</Title>
      <p>{explanation}</p>
      {requestId && (
        <p className="text-sm">
          Request id: <code className="rounded bg-white/70 px-1.5 py-0.5 font-mono text-xs break-all" data-testid="error-request-id">{requestId}</code>
        </p>
      )}
      <button
        type="button"
        onClick={onRetry}
        className={`${BUTTON_STYLES.danger} text-sm`}
      >
        Try again
      </button>
    </div>
  );
}
