// Previous / next between pages of a list; the page lives in the URL, so these are real links.
import { Link } from '@tanstack/react-router';
import { BUTTON_STYLES } from './button-styles.ts';

interface PaginationProps {
  page: number;
  totalPages: number;
  /** The list's route; its other search params (filters) are kept. */
  to?: '/jobs' | '/admin/users' | '/saved-jobs' | '/recruiter/jobs' | '/applications' | '/recommended' | '/notifications';
}

const ENABLED = `${BUTTON_STYLES.secondary} text-sm`;
const DISABLED = 'inline-flex min-h-11 cursor-not-allowed items-center gap-1 rounded-lg border border-slate-200 bg-slate-50 px-4 text-sm font-semibold text-slate-500';

export function Pagination({ page, totalPages, to = '/jobs' }: PaginationProps) {
  if (totalPages <= 1) return null;
  const hasPrevious = page > 1;
  const hasNext = page < totalPages;
  return (
    <nav aria-label="Pagination" data-testid="pagination" className="mt-8 flex items-center justify-between gap-3">
      {hasPrevious ? (
        <Link
          to={to}
          search={(prev) => ({ ...prev, page: page - 1 })}
          rel="prev"
          className={ENABLED}
          data-testid="pagination-previous"
        >
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={DISABLED} data-testid="pagination-previous">
          <span aria-hidden="true">←</span> Previous
        </span>
      )}
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="pagination-status">
        Page <span className="font-semibold text-slate-900">{page}</span> of{' '}
        <span className="font-semibold text-slate-900">{totalPages}</span>
      </p>
      {hasNext ? (
        <Link
          to={to}
          search={(prev) => ({ ...prev, page: page + 1 })}
          rel="next"
          className={ENABLED}
          data-testid="pagination-next"
        >
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={DISABLED} data-testid="pagination-next">
          Next <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
