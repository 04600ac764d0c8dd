// Job alerts: a candidate's saved searches, and the scheduled run that emails each one's new jobs as a digest
// (daily or weekly). Several API instances may run the digests at once: each alert is claimed with a
// conditional UPDATE before anything is sent, so no digest goes out twice.
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { Logger } from 'pino';
import {
  jobSearchFilters,
  LABELS,
  MAX_ALERTS_PER_CANDIDATE,
  stringifyUrlSearch,
  type AlertCreateInput,
  type AlertFrequency,
  type AlertUpdateInput,
  type DB,
  type JobAlertsTable,
  type JobSearchFilters,
} from '@hotgigs/shared';
import type { AppServices } from '../../app-services.ts';
import { publicUrl } from '../../email/index.ts';
import { DIGEST_MAX_JOBS, jobAlertDigest } from '../../email/templates.ts';
import { DomainError, fieldError, invalid, notFound } from '../../errors.ts';
import type { JobSummary } from '../jobs/service.ts';
import { searchJobs } from '../search/service.ts';

const HOUR_MS = 3_600_000;
const PERIOD_MS: Record<AlertFrequency, number> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS };
/** How often each API process looks for due alerts. */
export const DIGEST_INTERVAL_MS = 15 * 60_000;
/**
 * An alert counts as due this much before its period is over, so that a digest run every DIGEST_INTERVAL_MS
 * does not make each day's email a little later than the last. No job is lost: windows stay contiguous.
 */
const DUE_SLACK_MS = DIGEST_INTERVAL_MS;
/** Alerts claimed per UPDATE: a process that dies mid-batch loses at most this many digests. */
const CLAIM_BATCH = 50;

const alertColumns = ['id', 'name', 'filters', 'frequency', 'is_active', 'last_sent_at', 'created_at', 'updated_at'] as const;
type AlertRow = Pick<Selectable<JobAlertsTable>, (typeof alertColumns)[number]>;

function toAlert(row: AlertRow) {
  return {
    id: row.id,
    name: row.name,
    // Written only through jobSearchFilters, so the stored object has its shape.
    filters: row.filters as JobSearchFilters,
    frequency: row.frequency,
    active: row.is_active,
    lastSentAt: row.last_sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type JobAlert = ReturnType<typeof toAlert>;

const alertNotFound = () => notFound('This alert does not exist.');

/** Skills and companies named in filters must exist: an alert on a typo would silently never match. */
async function checkFilterReferences(db: Kysely<DB>, filters: JobSearchFilters): Promise<void> {
  for (const [table, slugs, what] of [
    ['skills', filters.skills, 'skill'],
    ['companies', filters.companies, 'company'],
  ] as const) {
    if (!slugs?.length) continue;
    const rows = await db.selectFrom(table).select('slug').where('slug', 'in', slugs).execute();
    const unknown = slugs.filter((slug) => !rows.some((r) => r.slug === slug));
    if (unknown.length) throw fieldError('filters', `Unknown ${what}: ${unknown.join(', ')}.`);
  }
}

/** The names of the skills and companies alerts filter by (they store slugs), by slug. */
export interface AlertFilterNames {
  skills: Record<string, string>;
  companies: Record<string, string>;
}

async function namesBySlug(db: Kysely<DB>, table: 'skills' | 'companies', slugs: string[]): Promise<Record<string, string>> {
  if (slugs.length === 0) return {};
  const rows = await db.selectFrom(table).select(['slug', 'name']).where('slug', 'in', [...new Set(slugs)]).execute();
  return Object.fromEntries(rows.map((row) => [row.slug, row.name]));
}

/** A candidate's alerts, newest first, each with the names of the skills and companies it filters by. */
export async function listAlerts(db: Kysely<DB>, candidateId: string): Promise<(JobAlert & { names: AlertFilterNames })[]> {
  const rows = await db
    .selectFrom('job_alerts')
    .select(alertColumns)
    .where('candidate_id', '=', candidateId)
    .orderBy('created_at', 'desc')
    .orderBy('name')
    .execute();
  const alerts = rows.map(toAlert);
  const [skills, companies] = await Promise.all([
    namesBySlug(db, 'skills', alerts.flatMap((a) => a.filters.skills ?? [])),
    namesBySlug(db, 'companies', alerts.flatMap((a) => a.filters.companies ?? [])),
  ]);
  const pick = (all: Record<string, string>, slugs: string[] = []) =>
    Object.fromEntries(slugs.filter((slug) => all[slug] !== undefined).map((slug) => [slug, all[slug]!]));
  return alerts.map((alert) => ({
    ...alert,
    names: { skills: pick(skills, alert.filters.skills), companies: pick(companies, alert.filters.companies) },
  }));
}

export async function createAlert(db: Kysely<DB>, candidateId: string, input: AlertCreateInput, now: Date): Promise<JobAlert> {
  await checkFilterReferences(db, input.filters);
  return db.transaction().execute(async (trx) => {
    // The candidate row is the lock that keeps two concurrent creates from passing the limit together.
    await trx.selectFrom('candidates').select('id').where('id', '=', candidateId).forUpdate().executeTakeFirstOrThrow();
    const { count } = await trx
      .selectFrom('job_alerts')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('candidate_id', '=', candidateId)
      .executeTakeFirstOrThrow();
    if (count >= MAX_ALERTS_PER_CANDIDATE) {
      throw invalid(`You can have up to ${MAX_ALERTS_PER_CANDIDATE} job alerts. Delete one to create another.`);
    }
    const row = await trx
      .insertInto('job_alerts')
      .values({
        candidate_id: candidateId,
        name: input.name,
        filters: JSON.stringify(input.filters),
        frequency: input.frequency,
        // The first digest covers jobs published from this moment on, by the same clock the digests use.
        created_at: now,
        updated_at: now,
      })
      .returning(alertColumns)
      .executeTakeFirstOrThrow();
    return toAlert(row);
  });
}

/** The id of one of the candidate's alerts; anyone else's (or none) answers NOT_FOUND. */
export async function alertOfCandidate(db: Kysely<DB>, candidateId: string, alertId: string): Promise<string> {
  const row = await db.selectFrom('job_alerts').select('id').where('id', '=', alertId).where('candidate_id', '=', candidateId).executeTakeFirst();
  if (!row) throw alertNotFound();
  return row.id;
}

/** Changes one of a candidate's alerts (ownership checked by the caller's procedure). */
export async function updateAlert(db: Kysely<DB>, alertId: string, input: Omit<AlertUpdateInput, 'id'>, now: Date): Promise<JobAlert> {
  if (input.filters) await checkFilterReferences(db, input.filters);
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('job_alerts').select(['id', 'is_active']).where('id', '=', alertId).forUpdate().executeTakeFirst();
    if (!current) throw alertNotFound();
    const row = await trx
      .updateTable('job_alerts')
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.filters !== undefined && { filters: JSON.stringify(input.filters) }),
        ...(input.frequency !== undefined && { frequency: input.frequency }),
        ...(input.active !== undefined && { is_active: input.active }),
        // A paused alert that is resumed starts again from now, rather than mailing everything it missed.
        ...(input.active === true && !current.is_active && { last_sent_at: now }),
      })
      .where('id', '=', current.id)
      .returning(alertColumns)
      .executeTakeFirstOrThrow();
    return toAlert(row);
  });
}

/** Deletes one of a candidate's alerts (ownership checked by the caller's procedure). */
export async function deleteAlert(db: Kysely<DB>, alertId: string): Promise<void> {
  const result = await db.deleteFrom('job_alerts').where('id', '=', alertId).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw alertNotFound();
}

// ---- Digests ----

/**
 * The search page's URL for these filters, in the readable encoding the web app's router reads and writes
 * (stringifyUrlSearch in @hotgigs/shared): `/jobs?q=rust&remote=remote&remote=hybrid`.
 */
export function searchPagePath(filters: JobSearchFilters): string {
  return `/jobs${stringifyUrlSearch(filters)}`;
}

/** The line under a job's title in a digest: "Acme · Berlin · Hybrid". */
function digestDetail(job: JobSummary): string {
  const where = job.remote === 'remote' ? [job.location, LABELS.remote.remote] : [job.location ?? job.company.location, job.remote === 'hybrid' ? LABELS.remote.hybrid : null];
  return [job.company.name, ...where].filter((part): part is string => Boolean(part)).join(' · ');
}

function dueBefore(now: Date, frequency: AlertFrequency): Date {
  return new Date(now.getTime() - PERIOD_MS[frequency] + DUE_SLACK_MS);
}

/**
 * Claims up to CLAIM_BATCH due alerts by moving their last_sent_at to `now`, and returns them with the start of
 * their window. Rows another process holds are skipped; rows it has just claimed are no longer due when
 * re-checked under the lock, so each alert goes to exactly one process.
 */
async function claimDueAlerts(db: Kysely<DB>, now: Date) {
  return db
    .with('due', (qb) =>
      qb
        .selectFrom('job_alerts')
        .innerJoin('candidates', 'candidates.id', 'job_alerts.candidate_id')
        .innerJoin('users', 'users.id', 'candidates.user_id')
        .select([
          'job_alerts.id',
          'job_alerts.last_sent_at as previous_sent_at',
          sql<Date>`coalesce(job_alerts.last_sent_at, job_alerts.created_at)`.as('since'),
          'users.email',
          'candidates.first_name',
        ])
        .where('job_alerts.is_active', '=', true)
        .where('users.is_active', '=', true)
        .where('users.email_verified_at', 'is not', null)
        .where((eb) =>
          eb.or(
            (['daily', 'weekly'] as const).map((frequency) =>
              eb.and([
                eb('job_alerts.frequency', '=', frequency),
                sql<SqlBool>`coalesce(job_alerts.last_sent_at, job_alerts.created_at) <= ${dueBefore(now, frequency)}`,
              ]),
            ),
          ),
        )
        .orderBy('since')
        .limit(CLAIM_BATCH)
        .forUpdate(['job_alerts'])
        .skipLocked(),
    )
    .updateTable('job_alerts')
    .from('due')
    .set({ last_sent_at: now })
    .whereRef('job_alerts.id', '=', 'due.id')
    .returning([
      'job_alerts.id',
      'job_alerts.name',
      'job_alerts.filters',
      'job_alerts.frequency',
      'due.previous_sent_at',
      'due.since',
      'due.email',
      'due.first_name',
    ])
    .execute();
}
type ClaimedAlert = Awaited<ReturnType<typeof claimDueAlerts>>[number];

/** The newest jobs (at most DIGEST_MAX_JOBS) published in the alert's window, and how many there are in all. */
async function newJobsFor(db: Kysely<DB>, alert: ClaimedAlert, filters: JobSearchFilters, now: Date) {
  const result = await searchJobs(
    db,
    { filters, sort: 'date', page: 1, limit: DIGEST_MAX_JOBS, facets: false, prefix: false },
    { publishedAfter: alert.since, publishedBefore: now },
  );
  // The search's typo correction and similar titles are for people typing; an alert matches what was saved, as saved.
  if (result.correctedTo !== null || result.similar) return { jobs: [], total: 0 };
  return { jobs: result.items, total: result.pagination.totalCount };
}

export interface DigestRunSummary {
  /** Alerts that were due and claimed by this run. */
  due: number;
  /** Digests emailed. */
  sent: number;
  /** Due alerts without new jobs: no email, their window moved on. */
  empty: number;
  /** Alerts whose filters no longer work (a skill or company since deleted): their window moved on. */
  skipped: number;
  /** Digests that could not be made or sent: their window is given back, so the next run tries again. */
  retry: number;
}
type DigestOutcome = Exclude<keyof DigestRunSummary, 'due'>;

type DigestServices = Pick<AppServices, 'db' | 'env' | 'mailer'>;
type DigestLog = Pick<Logger, 'warn' | 'info' | 'debug'>;

const silentLog: DigestLog = { warn: () => {}, info: () => {}, debug: () => {} };

async function sendDigest(services: DigestServices, alert: ClaimedAlert, now: Date, log: DigestLog): Promise<DigestOutcome> {
  const { db, env, mailer } = services;
  const parsed = jobSearchFilters.safeParse(alert.filters);
  if (!parsed.success) {
    log.warn({ alertId: alert.id }, 'job alert skipped: its stored filters are no longer valid');
    return 'skipped';
  }
  let found: Awaited<ReturnType<typeof newJobsFor>>;
  try {
    found = await newJobsFor(db, alert, parsed.data, now);
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'invalid') {
      log.warn({ alertId: alert.id, reason: error.message }, 'job alert skipped: its filters no longer match anything');
      return 'skipped';
    }
    log.warn({ err: error, alertId: alert.id }, 'job alert digest failed; will retry on the next run');
    return 'retry';
  }
  if (found.total === 0) return 'empty';
  const email = jobAlertDigest({
    name: alert.first_name,
    alertName: alert.name,
    frequency: alert.frequency,
    jobs: found.jobs.map((job) => ({ title: job.title, detail: digestDetail(job), link: publicUrl(env, `/jobs/${job.id}`) })),
    total: found.total,
    allLink: publicUrl(env, searchPagePath(parsed.data)),
    manageLink: publicUrl(env, '/account/alerts'),
  });
  try {
    await mailer.send({ to: alert.email, ...email });
    return 'sent';
  } catch (error) {
    // The mailer has logged why, without the body.
    log.warn({ err: error, alertId: alert.id }, 'job alert digest not sent; will retry on the next run');
    return 'retry';
  }
}

/**
 * Emails every due alert its new jobs: daily alerts a day after their last digest (or their creation), weekly
 * ones a week after. One email per alert with new jobs; an alert without new jobs just moves its window on.
 * Only active, email-verified candidates get digests.
 */
export async function runAlertDigests(services: DigestServices, now: Date, log: DigestLog = silentLog): Promise<DigestRunSummary> {
  const summary: DigestRunSummary = { due: 0, sent: 0, empty: 0, skipped: 0, retry: 0 };
  const toRetry: ClaimedAlert[] = [];
  try {
    for (;;) {
      const claimed = await claimDueAlerts(services.db, now);
      summary.due += claimed.length;
      for (const alert of claimed) {
        const outcome = await sendDigest(services, alert, now, log);
        summary[outcome] += 1;
        if (outcome === 'retry') toRetry.push(alert);
      }
      if (claimed.length < CLAIM_BATCH) return summary;
    }
  } finally {
    // Given back only now: within this run they stay claimed, so a failing mail server cannot loop it.
    for (const alert of toRetry) {
      await services.db
        .updateTable('job_alerts')
        .set({ last_sent_at: alert.previous_sent_at })
        .where('id', '=', alert.id)
        .where('last_sent_at', '=', now)
        .execute();
    }
  }
}

/**
 * Runs the digests now and then every `intervalMs` in this process (never two runs at once); the returned
 * function stops the schedule and waits for a run in progress.
 */
export function startAlertDigests(
  services: DigestServices & Pick<AppServices, 'now'>,
  log: DigestLog,
  intervalMs = DIGEST_INTERVAL_MS,
): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = runAlertDigests(services, services.now(), log)
      .then(
        (summary) => (summary.due > 0 ? log.info(summary, 'job alert digests sent') : log.debug(summary, 'no job alerts due')),
        (error: unknown) => log.warn({ err: error }, 'job alert digests failed; will retry'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
