// The frame of the recruiter's pages (their jobs, the job editor, the company profile): only a company's recruiters
// get past it; anyone else signed in is told what these pages are and where to go instead.
import { Link, Outlet } from '@tanstack/react-router';
import { useSession } from '../lib/session.ts';
import { BUTTON_STYLES } from './button-styles.ts';
import { PageContainer } from './PageContainer.tsx';

export function RecruiterLayout() {
  const { account } = useSession();
  // The signed-in layout above renders nothing without a session; this covers the instant it ends.
  if (!account) return null;
  // Admins moderate through these pages too (a job's editor and applicants: the API lets them); pages that
  // need a company of one's own answer with their own explanation.
  if (account.profile?.kind !== 'recruiter' && account.user.role !== 'admin') {
    return (
      <PageContainer className="flex flex-col items-start gap-4 pt-16" >
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">For recruiters</h1>
        <p className="text-slate-700" data-testid="recruiters-only">
          These pages are for recruiters posting jobs for their company. Your account is not a recruiter’s account.
        </p>
        <Link to="/jobs" className={BUTTON_STYLES.primary}>
          Browse jobs
        </Link>
      </PageContainer>
    );
  }
  return <Outlet />;
}
