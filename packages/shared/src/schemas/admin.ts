// Inputs of the admin procedures.
import { z } from 'zod';
import { safeText } from './text.ts';
import { USER_ROLES } from '../enums.ts';
import { pageInput } from '../pagination.ts';

export const userIdInput = z.strictObject({ userId: z.uuid({ error: 'Must be a user id (a UUID).' }) });

export const adminUserListInput = pageInput.extend({
  q: safeText(200).optional(),
  role: z.enum(USER_ROLES).optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});

export const setRoleInput = z.strictObject({ userId: userIdInput.shape.userId, role: z.enum(USER_ROLES) });
export type AdminUserListInput = z.infer<typeof adminUserListInput>;
