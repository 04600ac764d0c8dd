// Where this account is signed in: each browser or app, this one marked; end any other, or all others at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Tag } from '../../components/Tag.tsx';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatPostedAge } from '../../lib/format.ts';
import { useTRPC, type AccountSession } from '../../lib/trpc.ts';
import { useNow } from '../../lib/use-now.ts';
import { describeDevice } from './device.ts';

function LastActive({ session, now }: { session: AccountSession; now: Date }) {
  if (session.current) return <>Active now</>;
  const age = formatPostedAge(session.lastActiveAt, now);
  return (
    <time dateTime={session.lastActiveAt.toISOString()} title={formatCalendarDate(session.lastActiveAt)}>
      {age === 'now' ? 'Active just now' : `Last active ${age}`}
    </time>
  );
}

function SessionItem({ session, now }: { session: AccountSession; now: Date }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.auth.sessions.revoke.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.sessions.list.pathFilter()),
    }),
  );
  const device = describeDevice(session.userAgent);
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start sm:justify-between" data-testid="session">
      <div className="flex min-w-0 flex-col gap-1">
        <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
          {device}
          {session.current && <Tag tone="success">This device</Tag>}
        </p>
        <p className="text-sm text-slate-600">
          <LastActive session={session} now={now} />
          {' · '}signed in <time dateTime={session.createdAt.toISOString()}>{formatCalendarDate(session.createdAt)}</time>
          {session.ip && <> · IP {session.ip}</>}
        </p>
        {revoke.isError && <FormAlert banner={formErrorsFromApi(revoke.error, []).banner} />}
      </div>
      {!session.current && (
        <ConfirmAction
          label="End session"
          ariaLabel={`End session: ${device}, signed in ${formatCalendarDate(session.createdAt)}`}
          question="Sign this device out?"
          confirmLabel="End it"
          pendingLabel="Ending…"
          pending={revoke.isPending}
          onConfirm={() => revoke.mutateAsync({ id: session.id })}
        />
      )}
    </li>
  );
}

export function SessionsSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const now = useNow();
  const sessions = useQuery(trpc.auth.sessions.list.queryOptions());
  const revokeOthers = useMutation(
    trpc.auth.sessions.revokeOthers.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.sessions.list.pathFilter()),
    }),
  );

  if (!sessions.data) {
    if (sessions.isError) {
      return <ErrorState title="We couldn't load your sessions" titleAs="h3" error={sessions.error} onRetry={() => void sessions.refetch()} />;
    }
    return <p className="text-slate-600">Loading…</p>;
  }
  const others = sessions.data.filter((session) => !session.current).length;

  return (
    <div className="flex flex-col gap-5">
      {revokeOthers.isSuccess && (
        <Notice>
          {revokeOthers.data.ended === 1 ? 'Signed out 1 other session.' : `Signed out ${revokeOthers.data.ended} other sessions.`}
        </Notice>
      )}
      {revokeOthers.isError && <FormAlert banner={formErrorsFromApi(revokeOthers.error, []).banner} />}
      <ul className="flex flex-col divide-y divide-slate-100" aria-label="Sessions">
        {sessions.data.map((session) => (
          <SessionItem key={session.id} session={session} now={now} />
        ))}
      </ul>
      {others > 0 && (
        <div className="border-t border-slate-200 pt-4">
          <ConfirmAction
            label="Sign out everywhere else"
            question={others === 1 ? 'End the other session?' : `End all ${others} other sessions?`}
            confirmLabel="Sign them out"
            pendingLabel="Signing out…"
            pending={revokeOthers.isPending}
            onConfirm={() => revokeOthers.mutateAsync()}
            testId="revoke-other-sessions"
          />
        </div>
      )}
    </div>
  );
}
