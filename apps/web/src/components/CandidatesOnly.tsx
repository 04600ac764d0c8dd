// What a candidates' page (saved jobs, alerts) shows to a recruiter or admin who opens its address.
import { Link } from '@tanstack/react-router';
import { TEXT_LINK } from './button-styles.ts';
import { EmptyState } from './EmptyState.tsx';

export function CandidatesOnly({ feature }: { feature: string }) {
  return (
    <EmptyState
      title={`${feature} are for candidate accounts`}
      action={
        <Link to="/jobs" className={TEXT_LINK}>
          Browse jobs
        </Link>
      }
    >
      This account is not a candidate’s. Sign in as a candidate to use them.
    </EmptyState>
  );
}
