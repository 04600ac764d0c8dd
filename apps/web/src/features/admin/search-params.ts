// The admin users page's state in its URL: the filters and the page.
import { MAX_PAGE, USER_ROLES } from '@hotgigs/shared';
import { z } from 'zod';
import { MAX_QUERY_LENGTH, urlText } from '../../lib/url-params.ts';

export const ADMIN_USERS_PAGE_SIZE = 25;
export const adminUsersSearchSchema = z.object({
  page: z.number().int().min(1).max(MAX_PAGE).default(1).catch(1),
  q: urlText(MAX_QUERY_LENGTH),
  role: z.enum(USER_ROLES).optional().catch(undefined),
  status: z.enum(['active', 'deactivated']).optional().catch(undefined),
});
export type AdminUsersSearch = z.output<typeof adminUsersSearchSchema>;
export const ADMIN_USERS_SEARCH_DEFAULTS = { page: 1 } as const;
