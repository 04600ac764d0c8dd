// Account settings: who you are, your password, two-factor authentication, where you are signed in, API tokens, your
// company's recruiters (owners), your data, and leaving.
import { PageContainer } from '../../components/PageContainer.tsx';
import { displayName, useSession } from '../../lib/session.ts';
import type { Account } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { CompanyInvitations } from '../companies/CompanyInvitations.tsx';
import { AccountSection } from './AccountSection.tsx';
import { ApiTokensSection } from './ApiTokensSection.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { CloseAccount } from './CloseAccount.tsx';
import { DataExport } from './DataExport.tsx';
import { ProfileSummary } from './ProfileSummary.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TwoFactorSection } from './TwoFactorSection.tsx';

function sectionsFor(account: Account) {
  const ownsCompany = account.profile?.kind === 'recruiter' && account.profile.companyRole === 'owner';
  return [
    { id: 'profile', title: 'Profile' },
    { id: 'password', title: 'Password' },
    { id: 'two-factor', title: 'Two-factor authentication' },
    { id: 'sessions', title: 'Where you are signed in' },
    { id: 'api-tokens', title: 'API tokens' },
    ...(ownsCompany ? [{ id: 'company', title: 'Your company’s recruiters' }] : []),
    { id: 'your-data', title: 'Your data' },
    { id: 'close-account', title: 'Deactivate or delete' },
  ];
}

export function AccountPage() {
  useDocumentTitle('Account');
  const { account } = useSession();
  // The route only renders once the session is known (see requireSignIn); this covers the instant it ends.
  if (!account) return null;
  const sections = sectionsFor(account);
  const companyName = account.profile?.kind === 'recruiter' ? account.profile.company.name : undefined;

  return (
    <PageContainer className="flex flex-col gap-8 pt-8 sm:pt-10">
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Account</h1>
        <p className="text-slate-600" data-testid="account-name">
          {displayName(account)}
          {account.profile && <span className="break-all"> · {account.user.email}</span>}
        </p>
      </header>

      <div className="grid gap-8 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <nav aria-label="On this page" className="hidden lg:block">
          <ul className="sticky top-6 flex flex-col gap-1 text-sm">
            {sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="block rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-white hover:text-slate-900">
                  {section.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <div className="flex min-w-0 flex-col gap-6">
          <AccountSection id="profile" title="Profile">
            <ProfileSummary account={account} />
          </AccountSection>
          <AccountSection id="password" title="Password" description="Changing it signs you out on your other devices.">
            <ChangePasswordForm email={account.user.email} />
          </AccountSection>
          <AccountSection
            id="two-factor"
            title="Two-factor authentication"
            description="A code from your phone when you sign in, so a password alone is not enough."
          >
            <TwoFactorSection email={account.user.email} />
          </AccountSection>
          <AccountSection id="sessions" title="Where you are signed in" description="Browsers and apps signed in to your account.">
            <SessionsSection />
          </AccountSection>
          <AccountSection id="api-tokens" title="API tokens" description="For scripts and services that call the Hotgigs API as you (see /api/docs).">
            <ApiTokensSection />
          </AccountSection>
          {sections.some((section) => section.id === 'company') && (
            <AccountSection
              id="company"
              title="Your company’s recruiters"
              description={`Invite colleagues to recruit for ${companyName ?? 'your company'} on Hotgigs.`}
            >
              <CompanyInvitations />
            </AccountSection>
          )}
          <AccountSection id="your-data" title="Your data">
            <DataExport />
          </AccountSection>
          <AccountSection id="close-account" title="Deactivate or delete" tone="danger">
            <CloseAccount email={account.user.email} />
          </AccountSection>
        </div>
      </div>
    </PageContainer>
  );
}
