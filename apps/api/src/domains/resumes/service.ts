// A candidate's resumes (docs/profiles.md): uploaded files kept through the storage interface, read by the parse
// queue (parse-queue.ts), reviewed and accepted into the profile field by field.
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ApplyResumeInput, DB, ResumeFormat, ResumesTable } from '@hotgigs/shared';
import { MAX_RESUMES, PIPELINE_STAGES } from '@hotgigs/shared';
import type { ParsedResume, ResumeInsights } from '@hotgigs/ai';
import type { AppServices } from '../../app-services.ts';
import type { Env } from '../../env.ts';
import { conflict, DomainError, fieldError, invalid, notFound } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { newStorageKey } from '../../storage/index.ts';
import type { JobEditor } from '../jobs/company-jobs.ts';
import { getOwnProfile } from '../profiles/service.ts';
import { rewritesOf } from './rewrites.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type ResumeRow = Selectable<ResumesTable>;

/** A resume in the list. */
export interface ResumeSummary {
  id: string;
  filename: string;
  sizeBytes: number;
  format: ResumeFormat;
  parseStatus: ResumeRow['parse_status'];
  parseError: string | null;
  qualityScore: number | null;
  isPrimary: boolean;
  createdAt: Date;
  parsedAt: Date | null;
}

export function summaryOf(row: ResumeRow): ResumeSummary {
  return {
    id: row.id,
    filename: row.original_filename,
    sizeBytes: row.size_bytes,
    format: row.format,
    parseStatus: row.parse_status,
    parseError: row.parse_error,
    qualityScore: row.quality_score,
    isPrimary: row.is_primary,
    createdAt: row.created_at,
    parsedAt: row.parsed_at,
  };
}

/** The candidate's resumes, newest first. */
export async function listResumes({ db }: Pick<AppServices, 'db'>, candidateId: string): Promise<ResumeSummary[]> {
  const rows = await db.selectFrom('resumes').selectAll().where('candidate_id', '=', candidateId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(summaryOf);
}

/** One of this candidate's resumes; anyone else's answers NOT_FOUND, like a missing one. */
export async function resumeOfCandidate(db: Db, candidateId: string, id: string): Promise<ResumeRow> {
  const row = await db.selectFrom('resumes').selectAll().where('id', '=', id).where('candidate_id', '=', candidateId).executeTakeFirst();
  if (!row) throw notFound('There is no such resume.');
  return row;
}

/** resume.get: the parsed fields, insights and the text read, for the side-by-side review. */
export function resumeDetail(row: ResumeRow, env: Env) {
  return {
    ...summaryOf(row),
    text: row.extracted_text,
    parsed: (row.parsed_data as unknown as ParsedResume | null) ?? null,
    insights: (row.analysis as unknown as ResumeInsights | null) ?? null,
    rewrites: rewritesOf(env, row),
  };
}

/** A filename kept for display only: no path, no control characters, at most 200 characters. */
export function displayFilename(name: string | undefined, format: ResumeFormat): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f"<>|*?:]/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return clean && clean !== '.' && clean !== '..' ? clean : `resume.${format}`;
}

/** The file's name for a Content-Disposition header: ASCII letters, digits, . _ - and spaces only. */
export function downloadFilename(row: Pick<ResumeRow, 'original_filename' | 'format'>): string {
  const stem = row.original_filename.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const ascii = stem.normalize('NFKD').replace(/[^A-Za-z0-9._ -]/g, '').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${ascii || 'resume'}.${row.format}`;
}

export interface NewResume {
  bytes: Uint8Array;
  format: ResumeFormat;
  filename: string | undefined;
}

export const duplicateResume = (existingId: string) =>
  Object.assign(conflict('You have already uploaded this file.'), { existingId });

/** A candidate over MAX_RESUMES (HTTP 422). */
export class TooManyResumes extends DomainError {
  constructor() {
    super('invalid', `You can keep ${MAX_RESUMES} resumes. Delete one to add another.`);
  }
}

/**
 * Stores an upload and adds its resume row, waiting to be parsed: the first becomes primary; a file this
 * candidate already uploaded (same sha256) is a conflict naming it; more than MAX_RESUMES is refused.
 */
export async function addResume(deps: Pick<AppServices, 'db' | 'storage' | 'now'>, candidateId: string, userId: string, file: NewResume, origin: RequestOrigin) {
  const { db, storage } = deps;
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const check = async (trx: Db) => {
    const existing = await trx.selectFrom('resumes').select('id').where('candidate_id', '=', candidateId).where('sha256', '=', sha256).executeTakeFirst();
    if (existing) throw duplicateResume(existing.id);
    const { count } = await trx.selectFrom('resumes').select((eb) => eb.fn.countAll<string>().as('count')).where('candidate_id', '=', candidateId).executeTakeFirstOrThrow();
    if (Number(count) >= MAX_RESUMES) throw new TooManyResumes();
  };
  // Refused before anything is written; checked again under the candidate's lock below.
  await check(db);
  const key = newStorageKey(`resumes/${candidateId}`, file.format);
  await storage.put(key, file.bytes);
  try {
    const row = await db.transaction().execute(async (trx) => {
      // One upload of this candidate at a time: the count and the primary flag stay right.
      await trx.selectFrom('candidates').select('id').where('id', '=', candidateId).forUpdate().executeTakeFirstOrThrow();
      await check(trx);
      const hasPrimary = await trx.selectFrom('resumes').select('id').where('candidate_id', '=', candidateId).where('is_primary', '=', true).executeTakeFirst();
      const now = deps.now();
      const inserted = await trx
        .insertInto('resumes')
        .values({
          candidate_id: candidateId,
          original_filename: displayFilename(file.filename, file.format),
          storage_key: key,
          size_bytes: file.bytes.length,
          format: file.format,
          sha256,
          is_primary: !hasPrimary,
          parse_status: 'pending',
          run_after: now,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        action: 'resume.uploaded',
        actorId: userId,
        targetType: 'resume',
        targetId: inserted.id,
        details: { format: file.format, bytes: file.bytes.length },
        ...origin,
      });
      return inserted;
    });
    return summaryOf(row);
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
}

/** The stored file of a resume, for its owner's download. */
export async function resumeFile(deps: Pick<AppServices, 'db' | 'storage'>, candidateId: string, id: string) {
  const row = await resumeOfCandidate(deps.db, candidateId, id);
  const bytes = await deps.storage.get(row.storage_key);
  if (!bytes) throw notFound('There is no such resume.');
  return { row, bytes };
}

/**
 * A resume's file for a company's recruiter (or an admin): only a resume the candidate sent with an
 * application to one of the company's jobs. Any other answers NOT_FOUND, like a missing one.
 */
/** The pipeline's stages in order, as SQL (blind screening's reveal test, shared/pipeline.ts isIdentityHidden). */
const STAGES = sql.join(PIPELINE_STAGES.map((stage) => sql.lit(stage)));

export async function resumeFileForCompany(deps: Pick<AppServices, 'db' | 'storage'>, editor: JobEditor, id: string) {
  const row = await deps.db
    .selectFrom('resumes')
    .selectAll()
    .where('id', '=', id)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('applications')
          .innerJoin('jobs', 'jobs.id', 'applications.job_id')
          .select('applications.id')
          .whereRef('applications.resume_id', '=', 'resumes.id')
          .$if(editor.kind === 'recruiter', (q) => q.where('jobs.company_id', '=', (editor as { companyId: string }).companyId))
          // Blind screening: the file names the person, so it is there only once an application reveals them.
          .where((w) => w.or([w('jobs.blind_until', 'is', null), sql<boolean>`array_position(ARRAY[${STAGES}]::text[], applications.status) >= array_position(ARRAY[${STAGES}]::text[], jobs.blind_until)`])),
      ),
    )
    .executeTakeFirst();
  const bytes = row ? await deps.storage.get(row.storage_key) : undefined;
  if (!row || !bytes) throw notFound('There is no such resume.');
  return { row, bytes };
}

/** Deletes a resume and its file; deleting the primary one makes the newest other one primary. */
export async function deleteResume(deps: Pick<AppServices, 'db' | 'storage'>, resume: ResumeRow, userId: string, origin: RequestOrigin, warn: (error: unknown) => void = () => {}) {
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('resumes').where('id', '=', resume.id).execute();
    if (resume.is_primary) {
      const next = await trx.selectFrom('resumes').select('id').where('candidate_id', '=', resume.candidate_id).orderBy('created_at', 'desc').orderBy('id').limit(1).executeTakeFirst();
      if (next) await trx.updateTable('resumes').set({ is_primary: true }).where('id', '=', next.id).execute();
    }
    await recordAudit(trx, { action: 'resume.deleted', actorId: userId, targetType: 'resume', targetId: resume.id, ...origin });
  });
  await deps.storage.delete(resume.storage_key).catch(warn);
  return { id: resume.id, deleted: true as const };
}

export async function setPrimaryResume({ db }: Pick<AppServices, 'db'>, resume: ResumeRow) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('resumes').set({ is_primary: false }).where('candidate_id', '=', resume.candidate_id).where('is_primary', '=', true).execute();
    await trx.updateTable('resumes').set({ is_primary: true }).where('id', '=', resume.id).execute();
  });
  return summaryOf(await resumeOfCandidate(db, resume.candidate_id, resume.id));
}

/** Reads a resume again (after a failure, or with a newer parser): back to the queue with fresh attempts. */
export async function reparseResume(deps: Pick<AppServices, 'db' | 'now' | 'resumeParsing'>, resume: ResumeRow) {
  if (resume.parse_status === 'pending' || resume.parse_status === 'parsing') return summaryOf(resume);
  const row = await deps.db
    .updateTable('resumes')
    .set({ parse_status: 'pending', parse_error: null, attempts: 0, run_after: deps.now(), locked_until: null, updated_at: deps.now() })
    .where('id', '=', resume.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  deps.resumeParsing.wake();
  return summaryOf(row);
}

const key = (value: unknown) => JSON.stringify(value).toLowerCase();
function mergeList<T>(current: readonly T[], incoming: readonly T[], identity: (item: T) => unknown, max: number): T[] {
  const seen = new Set(current.map((item) => key(identity(item))));
  const merged = [...current];
  for (const item of incoming) {
    const k = key(identity(item));
    if (seen.has(k) || merged.length >= max) continue;
    seen.add(k);
    merged.push(item);
  }
  return merged;
}

const clip = (value: string, max: number) => value.trim().slice(0, max);
const MONTH = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;

/**
 * resume.applyToProfile: the named parsed fields into the profile. Scalars replace the profile's value (the
 * candidate named them); lists are merged, skipping entries the profile already has; skills are added with
 * source 'resume', and a skill the profile already has keeps what the candidate set.
 */
export async function applyResumeToProfile({ db }: Pick<AppServices, 'db'>, resume: ResumeRow, userId: string, input: Omit<ApplyResumeInput, 'id'>, origin: RequestOrigin) {
  if (resume.parse_status !== 'parsed' || !resume.parsed_data) throw invalid('This resume has not been read yet.');
  const parsed = resume.parsed_data as unknown as ParsedResume;
  const fields = new Set(input.fields);
  const candidateId = resume.candidate_id;
  await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('candidates').selectAll().where('id', '=', candidateId).forUpdate().executeTakeFirstOrThrow();
    const set: Record<string, unknown> = {};
    if (fields.has('name') && parsed.name?.value) {
      const [first, ...rest] = parsed.name.value.trim().split(/\s+/);
      set.first_name = clip(first!, 100);
      set.last_name = clip(rest.join(' '), 100);
    }
    if (fields.has('headline') && parsed.headline?.value) set.headline = clip(parsed.headline.value, 200);
    if (fields.has('summary') && parsed.summary?.value) set.summary = clip(parsed.summary.value, 5000);
    if (fields.has('phone') && parsed.phone?.value) set.phone = clip(parsed.phone.value.replace(/[^+()\d\s.-]/g, ''), 40);
    if (fields.has('location') && parsed.location?.value) set.location = clip(parsed.location.value, 200);
    if (fields.has('yearsExperience') && parsed.totalYearsExperience) set.years_experience = Math.min(60, Math.max(0, Math.round(parsed.totalYearsExperience.value)));
    if (fields.has('experience')) {
      const incoming = parsed.experience
        .map((f) => f.value)
        .filter((e) => e.title || e.company)
        .map((e) => ({
          title: clip(e.title ?? e.company ?? '', 200),
          company: clip(e.company ?? e.title ?? '', 200),
          location: e.location ? clip(e.location, 200) : null,
          start: e.start && MONTH.test(e.start) ? e.start : null,
          end: !e.current && e.end && MONTH.test(e.end) ? e.end : null,
          current: e.current,
          bullets: e.bullets.filter((b) => b.trim()).slice(0, 20).map((b) => clip(b, 1000)),
        }));
      set.experience = JSON.stringify(mergeList(c.experience ?? [], incoming, (e) => [e.title, e.company, e.start], 30));
    }
    if (fields.has('education')) {
      const year = (y: number | null) => (y !== null && y >= 1950 && y <= 2100 ? y : null);
      const incoming = parsed.education
        .map((f) => f.value)
        .filter((e) => e.school)
        .map((e) => ({ institution: clip(e.school!, 200), degree: e.degree ? clip(e.degree, 200) : null, field: e.field ? clip(e.field, 200) : null, startYear: year(e.startYear), endYear: year(e.endYear) }));
      set.education = JSON.stringify(mergeList(c.education ?? [], incoming, (e) => [e.institution, e.degree ?? null], 15));
    }
    if (fields.has('languages')) set.languages = JSON.stringify(mergeList(c.languages ?? [], parsed.languages.map((f) => clip(f.value, 100)).filter(Boolean), (l) => l, 30));
    if (fields.has('certifications')) {
      set.certifications = JSON.stringify(mergeList(c.certifications ?? [], parsed.certifications.map((f) => clip(f.value, 200)).filter(Boolean), (l) => l, 30));
    }
    if (fields.has('links')) {
      const incoming = parsed.links.map((f) => f.value).filter((l) => /^https?:\/\//i.test(l.url) && l.url.length <= 500);
      set.links = JSON.stringify(mergeList(c.links ?? [], incoming, (l) => l.url.replace(/\/+$/, ''), 10));
    }
    if (Object.keys(set).length) await trx.updateTable('candidates').set({ ...set, updated_at: new Date() }).where('id', '=', candidateId).execute();

    if (fields.has('skills')) {
      const offered = new Set(parsed.skills.map((s) => s.skillId));
      const wanted = input.skillSlugs ?? [...offered];
      const notOffered = wanted.filter((slug) => !offered.has(slug));
      if (notOffered.length) throw fieldError('skillSlugs', `Not found in this resume: ${notOffered.map((s) => `"${s}"`).join(', ')}.`);
      if (wanted.length) {
        const skills = await trx.selectFrom('skills').select(['id', 'slug']).where('slug', 'in', wanted).execute();
        const have = await trx.selectFrom('candidate_skills').select('skill_id').where('candidate_id', '=', candidateId).execute();
        const had = new Set(have.map((h) => h.skill_id));
        const fresh = skills.filter((s) => !had.has(s.id)).slice(0, Math.max(0, 100 - had.size));
        if (fresh.length) {
          await trx.insertInto('candidate_skills').values(fresh.map((s) => ({ candidate_id: candidateId, skill_id: s.id, source: 'resume' as const }))).execute();
        }
      }
    }
    await recordAudit(trx, { action: 'resume.applied', actorId: userId, targetType: 'resume', targetId: resume.id, details: { fields: [...fields].sort().join(',') }, ...origin });
  });
  return getOwnProfile(db, candidateId);
}
