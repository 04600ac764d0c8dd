// In-app notifications (docs/applications.md): a row per person per event, written in the transaction of the
// change it tells about; read and marked read by their owner. Email and real-time delivery come later.
import { sql, type Kysely, type Transaction } from 'kysely';
import { describePage, pageOffset, type DB } from '@hotgigs/shared';
import { notFound } from '../../errors.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface NewNotification {
  userId: string;
  type: string;
  title: string;
  body?: string | null;
  actionUrl?: string | null;
  data?: Record<string, unknown>;
}

/** Writes several notifications in one statement. */
export async function notify(db: Db, notifications: NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      notifications.map((n) => ({
        user_id: n.userId,
        type: n.type,
        title: n.title,
        body: n.body ?? null,
        action_url: n.actionUrl ?? null,
        data: JSON.stringify(n.data ?? {}),
      })),
    )
    .execute();
}

export async function listNotifications(db: Db, userId: string, input: { page: number; limit: number; unreadOnly: boolean }) {
  let own = db.selectFrom('notifications').where('user_id', '=', userId);
  if (input.unreadOnly) own = own.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    own
      .select(['id', 'type', 'title', 'body', 'action_url', 'read_at', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .offset(pageOffset(input))
      .execute(),
    own.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
    db
      .selectFrom('notifications')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, type: r.type, title: r.title, body: r.body, actionUrl: r.action_url, readAt: r.read_at, createdAt: r.created_at })),
    pagination: describePage(input, total.count),
    unreadCount: unread.count,
  };
}

/** One of the user's notifications (the ownership factory's look-up); anyone else's is NOT_FOUND. */
export async function notificationOfUser(db: Db, userId: string, id: string): Promise<{ id: string }> {
  const row = await db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('There is no such notification.');
  return row;
}

export async function markRead(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('read_at', 'is', null).execute();
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<{ marked: number }> {
  const result = await db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return { marked: Number(result.numUpdatedRows) };
}
