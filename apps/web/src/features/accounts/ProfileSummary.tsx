// Who this account is: name, email, type, company, and its security at a glance.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { Tag } from '../../components/Tag.tsx';
import { formatCalendarDate } from '../../lib/format.ts';
import type { Account } from '../../lib/trpc.ts';

const ROLE_LABELS: Record<Account['user']['role'], string> = {
  candidate: 'Candidate',
  recruiter: 'Recruiter',
  admin: 'Administrator',
};

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-slate-100 py-3 last:border-b-0 sm:grid sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd className="flex flex-wrap items-center gap-2 text-slate-900">{children}</dd>
    </div>
  );
}

export function ProfileSummary({ account }: { account: Account }) {
  const { user, profile } = account;
  return (
    <dl className="-my-3" data-testid="profile-summary">
      {profile && (
        <Row term="Name">
          <span data-testid="profile-name">
            {profile.firstName} {profile.lastName}
          </span>
        </Row>
      )}
      <Row term="Email">
        <span className="break-all">{user.email}</span>
        {user.emailVerified ? <Tag tone="success">Verified</Tag> : <Tag tone="warning">Not verified</Tag>}
      </Row>
      <Row term="Account type">{ROLE_LABELS[user.role]}</Row>
      {profile?.kind === 'recruiter' && (
        <Row term="Company">
          {profile.company.name}
          <Tag>{profile.companyRole === 'owner' ? 'Owner' : 'Member'}</Tag>
          <Link to="/recruiter/company" className={`${TEXT_LINK} text-sm`} data-testid="edit-company-profile">
            Edit the company profile
          </Link>
        </Row>
      )}
      <Row term="Two-factor">
        {user.mfaEnabled ? <Tag tone="success">On</Tag> : <Tag tone={user.role === 'admin' ? 'danger' : 'neutral'}>Off</Tag>}
      </Row>
      <Row term="Member since">
        <time dateTime={user.createdAt.toISOString()}>{formatCalendarDate(user.createdAt)}</time>
      </Row>
    </dl>
  );
}
