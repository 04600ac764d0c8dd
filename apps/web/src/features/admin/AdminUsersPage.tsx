// Admins look after accounts: find people by name or email, filter by role and status, change a role,
// deactivate or reactivate, end someone's sessions. Filters and the page live in the URL.
import { USER_ROLES, type UserRole } from '@hotgigs/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useId, useState, type ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { controlClass, LABEL } from '../../components/form/field-styles.ts';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Tag } from '../../components/Tag.tsx';
import { describeApiError } from '../../lib/api-error.ts';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatCount } from '../../lib/format.ts';
import { useSession } from '../../lib/session.ts';
import { useTRPC, type AdminUser } from '../../lib/trpc.ts';
import { MAX_QUERY_LENGTH } from '../../lib/url-params.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ADMIN_USERS_PAGE_SIZE, type AdminUsersSearch } from './search-params.ts';

const ROLE_LABELS: Record<UserRole, string> = { candidate: 'Candidate', recruiter: 'Recruiter', admin: 'Admin' };
const ROLE_FILTER_LABELS: Record<UserRole, string> = { candidate: 'Candidates', recruiter: 'Recruiters', admin: 'Admins' };

function Filters({ search }: { search: AdminUsersSearch }) {
  const navigate = useNavigate({ from: '/admin/users' });
  const ids = { q: useId(), role: useId(), status: useId() };
  const apply = (change: Partial<AdminUsersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...change, page: 1 }) });
  return (
    <form
      role="search"
      aria-label="Find users"
      onSubmit={(event) => {
        event.preventDefault();
        const q = new FormData(event.currentTarget).get('q');
        apply({ q: typeof q === 'string' && q.trim() ? q.trim() : undefined });
      }}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_11rem_11rem_auto] lg:items-end"
    >
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-1">
        <label htmlFor={ids.q} className={LABEL}>
          Name or email
        </label>
        <input
          key={search.q ?? ''}
          id={ids.q}
          name="q"
          type="search"
          defaultValue={search.q}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          className={controlClass(false)}
          data-testid="admin-users-search"
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={ids.role} className={LABEL}>
          Role
        </label>
        <select
          id={ids.role}
          value={search.role ?? ''}
          onChange={(event) => apply({ role: (event.target.value || undefined) as UserRole | undefined })}
          className={controlClass(false)}
        >
          <option value="">All roles</option>
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_FILTER_LABELS[role]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={ids.status} className={LABEL}>
          Status
        </label>
        <select
          id={ids.status}
          value={search.status ?? ''}
          onChange={(event) => apply({ status: (event.target.value || undefined) as AdminUsersSearch['status'] })}
          className={controlClass(false)}
        >
          <option value="">Any status</option>
          <option value="active">Active</option>
          <option value="deactivated">Deactivated</option>
        </select>
      </div>
      <button type="submit" className={`${BUTTON_STYLES.primary} sm:col-span-2 lg:col-span-1`}>
        Search
      </button>
    </form>
  );
}

/** A table cell that, on narrow screens, stacks under its column's name (the header row is hidden there). */
function Cell({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <td className={`block px-4 py-1.5 align-top md:table-cell md:py-3 ${className}`}>
      <div className="flex flex-col gap-1">
        <span aria-hidden="true" className="text-xs font-semibold tracking-wide text-slate-500 uppercase md:hidden">
          {label}
        </span>
        {children}
      </div>
    </td>
  );
}

function RoleControl({ user, disabled }: { user: AdminUser; disabled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<UserRole>(user.role);
  const id = useId();
  const setRoleMutation = useMutation(
    trpc.admin.users.setRole.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.admin.users.list.pathFilter()),
    }),
  );
  const changed = role !== user.role;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="sr-only">
        Role of {user.email}
      </label>
      <select
        id={id}
        value={role}
        disabled={disabled || setRoleMutation.isPending}
        onChange={(event) => {
          setRole(event.target.value as UserRole);
          setRoleMutation.reset();
        }}
        // Wide enough for the longest role with the menu's arrow: the table squeezed it to "Candida" at 1280 px.
        className={`${controlClass(false)} min-h-10 w-auto min-w-36 max-w-44 text-sm`}
      >
        {USER_ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </select>
      {changed && (
        <div className="flex flex-wrap gap-2">
          <SubmitButton
            type="button"
            pending={setRoleMutation.isPending}
            pendingLabel="Saving…"
            className="min-h-9 px-3 text-sm"
            onClick={() => setRoleMutation.mutate({ userId: user.id, role })}
          >
            Save role
          </SubmitButton>
          <button
            type="button"
            className={`${BUTTON_STYLES.secondary} min-h-9 px-3 text-sm`}
            onClick={() => {
              setRole(user.role);
              setRoleMutation.reset();
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {changed && !setRoleMutation.isError && <p className="text-xs text-slate-600">They will be signed out everywhere.</p>}
      {setRoleMutation.isError && (
        <p className="text-sm font-medium text-red-800" role="alert">
          {formErrorsFromApi(setRoleMutation.error, []).banner?.message}
        </p>
      )}
    </div>
  );
}

function UserRow({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
  const deactivate = useMutation(trpc.admin.users.deactivate.mutationOptions({ onSuccess: refresh }));
  const reactivate = useMutation(trpc.admin.users.reactivate.mutationOptions({ onSuccess: refresh }));
  const endSessions = useMutation(trpc.admin.users.revokeSessions.mutationOptions());
  const failed = [deactivate, reactivate, endSessions].find((mutation) => mutation.isError);

  return (
    <tr className="block border-b border-slate-200 py-2 last:border-b-0 md:table-row md:py-0" data-testid="admin-user-row">
      <Cell label="User" className="md:min-w-56">
        <span className="font-semibold text-slate-900">
          {user.name ?? '—'}
          {isSelf && (
            <span className="ml-2 align-middle">
              <Tag tone="accent">You</Tag>
            </span>
          )}
        </span>
        <span className="text-sm break-all text-slate-600">{user.email}</span>
      </Cell>
      <Cell label="Role">
        <RoleControl key={user.role} user={user} disabled={isSelf} />
      </Cell>
      <Cell label="Status">
        <span className="flex flex-wrap gap-1.5">
          {user.active ? <Tag tone="success">Active</Tag> : <Tag tone="danger">Deactivated</Tag>}
          {!user.emailVerified && <Tag tone="warning">Email not verified</Tag>}
          {user.mfaEnabled && <Tag>2FA on</Tag>}
        </span>
      </Cell>
      <Cell label="Last sign-in" className="text-sm whitespace-nowrap text-slate-700">
        {user.lastLoginAt ? formatCalendarDate(user.lastLoginAt) : 'Never'}
      </Cell>
      <Cell label="Actions">
        {isSelf ? (
          <span className="text-sm text-slate-600">
            Manage yourself in{' '}
            <Link to="/account" className={TEXT_LINK}>
              Account
            </Link>
          </span>
        ) : (
          <div className="flex flex-wrap items-start gap-2">
            {user.active ? (
              <ConfirmAction
                label="Deactivate"
                ariaLabel={`Deactivate ${user.email}`}
                question="Deactivate and sign out?"
                confirmLabel="Deactivate"
                pendingLabel="Deactivating…"
                pending={deactivate.isPending}
                onConfirm={() => deactivate.mutateAsync({ userId: user.id })}
              />
            ) : (
              <SubmitButton
                type="button"
                variant="secondary"
                className="text-sm"
                pending={reactivate.isPending}
                pendingLabel="Reactivating…"
                onClick={() => reactivate.mutate({ userId: user.id })}
              >
                Reactivate<span className="sr-only"> {user.email}</span>
              </SubmitButton>
            )}
            <ConfirmAction
              label="End sessions"
              ariaLabel={`End all sessions of ${user.email}`}
              question="Sign them out everywhere?"
              confirmLabel="End sessions"
              pendingLabel="Ending…"
              pending={endSessions.isPending}
              tone="neutral"
              onConfirm={() => endSessions.mutateAsync({ userId: user.id })}
            />
            {endSessions.isSuccess && (
              <p role="status" className="basis-full text-sm text-emerald-800">
                {endSessions.data.ended === 1 ? '1 session ended.' : `${endSessions.data.ended} sessions ended.`}
              </p>
            )}
            {failed?.error && (
              <p role="alert" className="basis-full text-sm font-medium text-red-800">
                {formErrorsFromApi(failed.error, []).banner?.message}
              </p>
            )}
          </div>
        )}
      </Cell>
    </tr>
  );
}

function MfaRequired({ message }: { message: string }) {
  return (
    <Notice tone="warning" testId="admin-mfa-required">
      <div className="flex flex-col items-start gap-3">
        <p className="font-semibold">{message}</p>
        <p>Two-factor authentication protects the accounts you manage if your password leaks.</p>
        <Link to="/account" hash="two-factor" className={BUTTON_STYLES.primary}>
          Set up two-factor authentication
        </Link>
      </div>
    </Notice>
  );
}

export function AdminUsersPage() {
  useDocumentTitle('Users');
  const search = useSearch({ from: '/signed-in/admin/users' });
  const { account } = useSession();
  const trpc = useTRPC();
  const isAdmin = account?.user.role === 'admin';
  const users = useQuery(
    trpc.admin.users.list.queryOptions(
      { page: search.page, limit: ADMIN_USERS_PAGE_SIZE, q: search.q, role: search.role, status: search.status },
      { enabled: isAdmin, placeholderData: keepPreviousData, staleTime: 0 },
    ),
  );

  if (!account) return null;
  if (!isAdmin) {
    return (
      <PageContainer className="flex flex-col items-start gap-4 pt-16">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Users</h1>
        <p className="text-slate-700">Only administrators can manage users.</p>
        <Link to="/account" className={BUTTON_STYLES.primary}>
          Go to your account
        </Link>
      </PageContainer>
    );
  }

  const forbidden = users.isError && describeApiError(users.error).code === 'FORBIDDEN';
  let content: ReactNode;
  if (forbidden) {
    content = <MfaRequired message={describeApiError(users.error).message} />;
  } else if (users.data) {
    const { items, pagination } = users.data;
    content =
      items.length === 0 ? (
        <EmptyState title="No users match">Try other words, or clear the role and status filters.</EmptyState>
      ) : (
        <div className="flex flex-col gap-2">
          <div className={`overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm ${users.isPlaceholderData ? 'opacity-60' : ''}`}>
            <table className="block w-full text-left md:table" aria-describedby="users-count">
              <thead className="hidden border-b border-slate-200 bg-slate-50 text-sm text-slate-700 md:table-header-group">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">User</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Role</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Last sign-in</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Actions</th>
                </tr>
              </thead>
              <tbody className="block md:table-row-group">
                {items.map((user) => (
                  <UserRow key={user.id} user={user} isSelf={user.id === account.user.id} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={pagination.page} totalPages={pagination.totalPages} to="/admin/users" />
        </div>
      );
  } else if (users.isError) {
    content = <ErrorState title="We couldn't load the users" error={users.error} onRetry={() => void users.refetch()} />;
  } else {
    content = (
      <LoadingText>Loading users…</LoadingText>
    );
  }

  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Users</h1>
        <p id="users-count" className="min-h-6 text-slate-600" aria-live="polite">
          {users.data && !forbidden ? formatCount(users.data.pagination.totalCount, 'user', 'users') : ''}
        </p>
      </div>
      {!forbidden && <Filters search={search} />}
      {content}
    </PageContainer>
  );
}
