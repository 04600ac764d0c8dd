// Raw events (views, analytics) and the append-only audit log.
import type { Generated, GeneratedTimestamp, JsonWithDefault, Stamps } from './columns.ts';

export interface JobViewsTable extends Stamps {
  id: Generated<string>;
  job_id: string;
  /** The user id, or a hash identifying an anonymous visitor: one view per viewer per job per day. */
  viewer_key: string;
  user_id: string | null;
  /** A UTC calendar day as `YYYY-MM-DD` (the driver is told to keep dates as strings). */
  view_date: Generated<string>;
}

export interface AnalyticsEventsTable extends Stamps {
  id: Generated<string>;
  type: string;
  actor_id: string | null;
  job_id: string | null;
  company_id: string | null;
  application_id: string | null;
  data: JsonWithDefault<Record<string, unknown>>;
  at: GeneratedTimestamp;
}

export interface AuditLogTable extends Stamps {
  id: Generated<string>;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: JsonWithDefault<Record<string, unknown>>;
  at: GeneratedTimestamp;
}
