// How many notifications the signed-in user has not read, for the header's badge: one small query, refreshed
// every minute while the tab is open and whenever the notifications change.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc.ts';

export const UNREAD_POLL_MS = 60_000;

export function useUnreadNotifications(enabled: boolean): number {
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.notification.list.queryOptions({ page: 1, limit: 1, unreadOnly: true }),
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    select: (page) => page.unreadCount,
  });
  return unread.data ?? 0;
}

/** "3 unread", "99+ unread": the badge's text. */
export function unreadBadge(count: number): string {
  return count > 99 ? '99+' : String(count);
}
