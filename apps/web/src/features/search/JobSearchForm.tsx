// The keyword box: submitting opens the jobs list with the words in its URL (?q=...). Uncontrolled, so give it
// a `key` of the current query to reset it when the URL changes underneath (back button).
import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { BUTTON_STYLES } from '../../components/button-styles.ts';
import { MAX_QUERY_LENGTH } from '../../lib/url-params.ts';

interface JobSearchFormProps {
  defaultQuery?: string;
  size?: 'regular' | 'large';
  /** What a search does; by default it opens the jobs list with just these words. */
  onSearch?: (q: string | undefined) => void;
  inputTestId?: string;
}

export function JobSearchForm({ defaultQuery = '', size = 'regular', onSearch, inputTestId = 'job-search-input' }: JobSearchFormProps) {
  const navigate = useNavigate();
  const inputId = useId();
  const large = size === 'large';
  return (
    <form
      role="search"
      action="/jobs"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const query = new FormData(event.currentTarget).get('q');
        const q = typeof query === 'string' ? query.trim() : '';
        if (onSearch) onSearch(q || undefined);
        else void navigate({ to: '/jobs', search: { q: q || undefined } });
      }}
      className="flex w-full flex-col gap-2 sm:flex-row"
    >
      <label htmlFor={inputId} className="sr-only">
        Search jobs
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        defaultValue={defaultQuery}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Job title, skill or company"
        autoComplete="off"
        enterKeyHint="search"
        data-testid={inputTestId}
        className={`min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-4 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-700 ${large ? 'min-h-13 text-lg' : 'min-h-11'}`}
      />
      <button
        type="submit"
        className={`${BUTTON_STYLES.primary} px-6 ${large ? 'min-h-13 text-lg' : ''}`}
      >
        Search
      </button>
    </form>
  );
}
