// The signed-in user's notifications, newest first: what happened to their applications (candidates), who
// applied (recruiters). Unread ones stand out; opening one marks it read and goes where it points; "Mark all as
// read" clears the badge in the header.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { BUTTON_STYLES, TEXT_LINK } from '../../components/button-styles.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { formatCalendarDate, formatCount, formatPostedAge } from '../../lib/format.ts';
import { useTRPC, type RouterOutputs } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useNow } from '../../lib/use-now.ts';
import { NOTIFICATIONS_PAGE_SIZE } from './search-params.ts';

type Notification = RouterOutputs['notification']['list']['items'][number];

/** Only links inside the portal are followed (a notification's link is written by the server, but still). */
const internalPath = (url: string | null) => (url && url.startsWith('/') && !url.startsWith('//') ? url : undefined);

function NotificationItem({ notification, now, onOpen }: { notification: Notification; now: Date; onOpen: (n: Notification) => void }) {
  const unread = notification.readAt === null;
  const age = formatPostedAge(notification.createdAt, now);
  const path = internalPath(notification.actionUrl);
  return (
    <li
      className={`flex flex-col gap-1 rounded-lg border p-4 ${unread ? 'border-brand-200 bg-brand-50' : 'border-slate-200 bg-white'}`}
      data-testid="notification"
      data-unread={unread}
    >
      <p className="flex items-start justify-between gap-3">
        <span className={`text-slate-900 ${unread ? 'font-semibold' : ''}`}>
          {unread && <span className="sr-only">Unread: </span>}
          {path ? (
            <button type="button" onClick={() => onOpen(notification)} className={`${TEXT_LINK} text-left`}>
              {notification.title}
            </button>
          ) : (
            notification.title
          )}
        </span>
        <time dateTime={notification.createdAt.toISOString()} title={formatCalendarDate(notification.createdAt)} className="shrink-0 text-sm text-slate-600">
          {age === 'now' ? 'just now' : age}
        </time>
      </p>
      {notification.body && <p className="text-sm break-words whitespace-pre-line text-slate-700">{notification.body}</p>}
    </li>
  );
}

export function NotificationsPage() {
  useDocumentTitle('Notifications');
  const { page } = useSearch({ from: '/signed-in/notifications' });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const now = useNow();
  const list = useQuery({
    ...trpc.notification.list.queryOptions({ page, limit: NOTIFICATIONS_PAGE_SIZE, unreadOnly: false }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries(trpc.notification.list.pathFilter());
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  const markAll = useMutation(trpc.notification.markAllRead.mutationOptions({ onSuccess: refresh }));

  const open = (notification: Notification) => {
    const path = internalPath(notification.actionUrl);
    if (notification.readAt === null) markRead.mutate({ id: notification.id });
    if (path) void navigate({ to: path });
  };

  let content: ReactNode;
  if (list.data) {
    const { items, pagination } = list.data;
    if (items.length > 0) {
      content = (
        <div className={list.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
          <ul className="flex flex-col gap-3" aria-label="Notifications" data-testid="notification-list">
            {items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} now={now} onOpen={open} />
            ))}
          </ul>
          <Pagination page={pagination.page} totalPages={pagination.totalPages} to="/notifications" />
        </div>
      );
    } else if (pagination.totalCount > 0) {
      content = (
        <EmptyState
          title="This page is past the end of the list"
          action={
            <Link to="/notifications" search={{ page: pagination.totalPages }} className={TEXT_LINK}>
              Go to the last page
            </Link>
          }
        >
          You have {formatCount(pagination.totalCount, 'notification', 'notifications')}.
        </EmptyState>
      );
    } else {
      content = (
        <EmptyState title="Nothing yet">
          When something happens to your applications or your jobs, it shows here, and the bell at the top counts it.
        </EmptyState>
      );
    }
  } else if (list.isError) {
    content = <ErrorState title="We couldn't load your notifications" error={list.error} onRetry={() => void list.refetch()} />;
  } else {
    content = <p className="text-slate-600">Loading…</p>;
  }

  const unread = list.data?.unreadCount ?? 0;
  return (
    <PageContainer className="flex flex-col gap-6 pt-8 sm:pt-10">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Notifications</h1>
          <p className="min-h-6 text-slate-600" data-testid="unread-count">
            {list.data ? (unread > 0 ? `${formatCount(unread, 'unread', 'unread')}` : 'All read') : ''}
          </p>
        </div>
        {unread > 0 && (
          <button
            type="button"
            className={`${BUTTON_STYLES.secondary} text-sm`}
            onClick={() => markAll.mutate()}
            disabled={markAll.isPending}
            data-testid="mark-all-read"
          >
            {markAll.isPending ? 'Marking…' : 'Mark all as read'}
          </button>
        )}
      </header>
      {(markAll.isError || markRead.isError) && <FormAlert banner={formErrorsFromApi(markAll.error ?? markRead.error, []).banner} />}
      {content}
    </PageContainer>
  );
}
