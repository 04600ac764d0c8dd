// Any address the portal has no page for.
import { Link } from '@tanstack/react-router';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { BUTTON_STYLES } from './button-styles.ts';
import { PageContainer } from './PageContainer.tsx';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <PageContainer className="flex flex-col items-start gap-4 pt-16">
      <p className="text-sm font-semibold text-brand-800">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900" data-testid="not-found-heading">
        Page not found
      </h1>
      <p className="text-slate-700">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <div className="flex flex-wrap gap-3">
        <Link to="/jobs" className={BUTTON_STYLES.primary}>
          Browse jobs
        </Link>
        <Link to="/" className={BUTTON_STYLES.secondary}>
          Go to the home page
        </Link>
      </div>
    </PageContainer>
  );
}
