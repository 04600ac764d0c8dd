// The top bar: the wordmark (home) and the sections this visitor can use, by role; sign in/up or sign out.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { explainApiError, describeApiError } from '../lib/api-error.ts';
import { useSession } from '../lib/session.ts';
import { useSignOut } from '../lib/use-sign-out.ts';
import { unreadBadge, useUnreadNotifications } from '../lib/unread-notifications.ts';
import { HotgigsLogo } from './HotgigsLogo.tsx';

const NAV_LINK =
  'inline-flex min-h-11 items-center rounded-md px-2.5 font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 data-[status=active]:text-brand-800 data-[status=active]:underline data-[status=active]:decoration-2 data-[status=active]:underline-offset-8 sm:px-3';
const NAV_BUTTON =
  'inline-flex min-h-11 items-center rounded-md px-2.5 font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:opacity-70 sm:px-3';

/** A bell drawn in SVG: an emoji would depend on the reader's fonts (Linux often has none for it). */
function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

function NavItem({ children }: { children: ReactNode }) {
  return <li>{children}</li>;
}

export function SiteHeader() {
  const session = useSession();
  const signOut = useSignOut();
  const account = session.account;
  const unread = useUnreadNotifications(account !== undefined && account !== null);

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl items-center justify-between gap-2 px-4 py-2 sm:gap-4 sm:px-6">
        <Link to="/" className="flex shrink-0 items-center gap-2 rounded-md text-xl font-bold tracking-tight text-slate-900">
          <HotgigsLogo className="size-8" />
          <span className="max-[420px]:sr-only">Hotgigs</span>
        </Link>
        <nav aria-label="Main" className="min-w-0">
          {/* Signed in, the sections outgrow a phone's width: they wrap onto a second line instead of scrolling. */}
          <ul className="flex flex-wrap items-center justify-end gap-0.5 sm:gap-1" data-testid="main-nav">
            <NavItem>
              <Link to="/jobs" className={NAV_LINK}>
                Jobs
              </Link>
            </NavItem>
            {account ? (
              <>
                {account.user.role === 'admin' && (
                  <NavItem>
                    <Link to="/admin/users" className={NAV_LINK}>
                      Users
                    </Link>
                  </NavItem>
                )}
                {account.user.role === 'admin' && (
                  <NavItem>
                    <Link to="/admin/skills" className={NAV_LINK} data-testid="nav-admin-skills">
                      Skills
                    </Link>
                  </NavItem>
                )}
                {account.user.role === 'candidate' && (
                  <>
                    <NavItem>
                      <Link to="/profile" className={NAV_LINK} data-testid="nav-profile">
                        Profile
                      </Link>
                    </NavItem>
                    <NavItem>
                      <Link to="/recommended" className={NAV_LINK} data-testid="nav-recommended">
                        For you
                      </Link>
                    </NavItem>
                    <NavItem>
                      <Link to="/applications" className={NAV_LINK} data-testid="nav-applications">
                        Applications
                      </Link>
                    </NavItem>
                    <NavItem>
                      <Link to="/saved-jobs" className={NAV_LINK} data-testid="nav-saved-jobs">
                        Saved jobs
                      </Link>
                    </NavItem>
                    <NavItem>
                      <Link to="/alerts" className={NAV_LINK} data-testid="nav-alerts">
                        Alerts
                      </Link>
                    </NavItem>
                  </>
                )}
                {account.user.role === 'recruiter' && (
                  <>
                    <NavItem>
                      <Link
                        to="/recruiter/jobs"
                        activeOptions={{ exact: true, includeSearch: false }}
                        className={NAV_LINK}
                        data-testid="nav-my-jobs"
                      >
                        My jobs
                      </Link>
                    </NavItem>
                    <NavItem>
                      <Link to="/recruiter/jobs/new" className={NAV_LINK} data-testid="nav-post-job">
                        Post a job
                      </Link>
                    </NavItem>
                  </>
                )}
                <NavItem>
                  <Link to="/notifications" className={NAV_LINK} data-testid="nav-notifications" title="Notifications">
                    <BellIcon />
                    <span className="sr-only">Notifications</span>
                    {unread > 0 && (
                      <>
                        <span className="ml-1 rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white" aria-hidden="true" data-testid="unread-badge">
                          {unreadBadge(unread)}
                        </span>
                        <span className="sr-only">, {unreadBadge(unread)} unread</span>
                      </>
                    )}
                  </Link>
                </NavItem>
                <NavItem>
                  <Link to="/account" className={NAV_LINK} data-testid="nav-account">
                    Account
                  </Link>
                </NavItem>
                <NavItem>
                  <button
                    type="button"
                    onClick={() => signOut.mutate()}
                    disabled={signOut.isPending}
                    className={NAV_BUTTON}
                    data-testid="sign-out"
                  >
                    {signOut.isPending ? 'Signing out…' : 'Sign out'}
                  </button>
                </NavItem>
              </>
            ) : session.status === 'loading' ? null : (
              <>
                <NavItem>
                  <Link to="/sign-in" className={NAV_LINK} data-testid="nav-sign-in">
                    Sign in
                  </Link>
                </NavItem>
                <NavItem>
                  <Link
                    to="/sign-up"
                    className="ml-1 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold whitespace-nowrap text-white shadow-sm hover:bg-brand-800"
                    data-testid="nav-sign-up"
                  >
                    Sign up
                  </Link>
                </NavItem>
              </>
            )}
          </ul>
        </nav>
      </div>
      {signOut.isError && (
        <div role="alert" className="border-t border-red-200 bg-red-50 px-4 py-2 text-center text-sm text-red-950">
          We couldn't sign you out: {explainApiError(describeApiError(signOut.error))}
        </div>
      )}
    </header>
  );
}
