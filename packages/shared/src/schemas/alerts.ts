// Inputs of the job alert procedures: saved searches (the search page's filters) emailed daily or weekly.
import { z } from 'zod';
import { safeString } from './text.ts';
import { ALERT_FREQUENCIES } from '../enums.ts';
import { jobSearchFilters } from './search.ts';

export const MAX_ALERTS_PER_CANDIDATE = 20;
/** The longest name an alert may have. */
export const ALERT_NAME_MAX = 120;

const alertId = z.uuid({ error: 'Must be an alert id (a UUID).' });
const alertName = safeString().trim().min(1, 'Give the alert a name.').max(ALERT_NAME_MAX, `Use at most ${ALERT_NAME_MAX} characters.`);
const alertFrequency = z.enum(ALERT_FREQUENCIES);

export const alertCreateInput = z.strictObject({
  name: alertName,
  filters: jobSearchFilters,
  frequency: alertFrequency.default('daily'),
});
export type AlertCreateInput = z.infer<typeof alertCreateInput>;

export const alertUpdateInput = z.strictObject({
  id: alertId,
  name: alertName.optional(),
  filters: jobSearchFilters.optional(),
  frequency: alertFrequency.optional(),
  /** False pauses the alert; true resumes it with jobs published from then on. */
  active: z.boolean().optional(),
});
export type AlertUpdateInput = z.infer<typeof alertUpdateInput>;

export const alertIdInput = z.strictObject({ id: alertId });
export type AlertIdInput = z.infer<typeof alertIdInput>;
