// The notifications page's state in its URL: the page.
import { MAX_PAGE } from '@hotgigs/shared';
import { z } from 'zod';

/** /notifications?page=2: the signed-in user's notifications, newest first. */
export const NOTIFICATIONS_PAGE_SIZE = 20;
export const notificationsSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
});
export const NOTIFICATIONS_SEARCH_DEFAULTS = { page: 1 } as const;
