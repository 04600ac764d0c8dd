// A person's own data (GDPR): everything Hotgigs holds about them as JSON, or the account deleted.
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { AppServices } from '../../app-services.ts';
import { sendEmail, templates } from '../../email/index.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { checkPassword, displayName, loadAccount } from './account.ts';
import { invalidateUserSessions } from './sessions.ts';

/** Everything about the user, as JSON (GDPR art. 15/20). Secrets (hashes, MFA secret) are not personal data to hand out. */
export async function exportPersonalData(deps: Pick<AppServices, 'db' | 'now'>, userId: string, origin: RequestOrigin) {
  const { db } = deps;
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'is_active', 'email_verified_at', 'last_login_at', 'totp_enabled_at', 'created_at', 'updated_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const candidate = await db.selectFrom('candidates').selectAll().where('user_id', '=', userId).executeTakeFirst();
  const recruiter = await db.selectFrom('recruiters').selectAll().where('user_id', '=', userId).executeTakeFirst();
  const candidateId = candidate?.id ?? '00000000-0000-0000-0000-000000000000';
  const [skills, resumes, applications, savedJobs, alerts, notifications, sessions, apiTokens, messages, activity] = await Promise.all([
    db
      .selectFrom('candidate_skills')
      .innerJoin('skills', 'skills.id', 'candidate_skills.skill_id')
      .select(['skills.name', 'candidate_skills.proficiency', 'candidate_skills.years', 'candidate_skills.source'])
      .where('candidate_id', '=', candidateId)
      .execute(),
    db
      .selectFrom('resumes')
      .select([
        'id',
        'original_filename',
        'format',
        'size_bytes',
        'sha256',
        'parse_status',
        'parse_error',
        'parsed_data',
        'analysis',
        'quality_score',
        'extracted_text',
        'is_primary',
        'created_at',
      ])
      .where('candidate_id', '=', candidateId)
      .execute(),
    db
      .selectFrom('applications')
      .innerJoin('jobs', 'jobs.id', 'applications.job_id')
      .innerJoin('companies', 'companies.id', 'jobs.company_id')
      .select((eb) => [
        'applications.id',
        'jobs.title',
        'companies.name as company',
        'applications.status',
        'applications.cover_letter',
        'applications.answers',
        'applications.submitted_at',
        'applications.withdrawn_at',
        // The history as the candidate sees it; the company's private notes, ratings and reasons stay out.
        jsonArrayFrom(
          eb
            .selectFrom('application_events')
            .select(['application_events.from_status', 'application_events.to_status', 'application_events.note', 'application_events.at'])
            .whereRef('application_events.application_id', '=', 'applications.id')
            .orderBy('application_events.at'),
        ).as('events'),
      ])
      .where('candidate_id', '=', candidateId)
      .execute(),
    db.selectFrom('saved_jobs').select(['job_id', 'created_at']).where('candidate_id', '=', candidateId).execute(),
    db.selectFrom('job_alerts').select(['name', 'filters', 'frequency', 'created_at']).where('candidate_id', '=', candidateId).execute(),
    db.selectFrom('notifications').select(['type', 'title', 'body', 'created_at', 'read_at']).where('user_id', '=', userId).execute(),
    db.selectFrom('sessions').select(['created_at', 'last_verified_at', 'ip', 'user_agent']).where('user_id', '=', userId).execute(),
    db.selectFrom('api_tokens').select(['name', 'scope', 'created_at', 'expires_at', 'last_used_at', 'last_used_ip']).where('user_id', '=', userId).execute(),
    db.selectFrom('messages').select(['conversation_id', 'body', 'created_at']).where('sender_id', '=', userId).execute(),
    db.selectFrom('audit_log').select(['action', 'ip', 'user_agent', 'at']).where('actor_id', '=', userId).orderBy('at', 'desc').limit(1000).execute(),
  ]);
  await recordAudit(db, { action: 'account.exported', actorId: userId, targetType: 'user', targetId: userId, ...origin });
  return {
    exportedAt: deps.now(),
    user,
    candidateProfile: candidate ?? null,
    recruiterProfile: recruiter ?? null,
    skills,
    resumes,
    applications,
    savedJobs,
    alerts,
    notifications,
    sessions,
    apiTokens,
    messages,
    activity,
  };
}

/**
 * Personal data is erased; what a company must keep (that an application was made, its pipeline history)
 * stays, anonymised: the user row becomes an inactive placeholder with no email, names and contact details go.
 * Needs the password.
 */
export async function deletePersonalData(
  deps: Pick<AppServices, 'db' | 'now' | 'mailer' | 'storage'> & { log?: { warn: (details: object, message: string) => void } },
  userId: string,
  password: string,
  origin: RequestOrigin,
) {
  const { db } = deps;
  /** The stored resume files, removed once the rows are gone (a file without its row is never served). */
  let resumeKeys: string[] = [];
  await checkPassword(db, userId, password, 'password', 'Your password is not correct.');
  const user = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
  const account = await loadAccount(db, userId);
  const now = deps.now();
  await db.transaction().execute(async (trx) => {
    const candidate = await trx.selectFrom('candidates').select('id').where('user_id', '=', userId).executeTakeFirst();
    if (candidate) {
      resumeKeys = (await trx.selectFrom('resumes').select('storage_key').where('candidate_id', '=', candidate.id).execute()).map((r) => r.storage_key);
      for (const table of ['candidate_skills', 'resumes', 'saved_jobs', 'job_alerts'] as const) {
        await trx.deleteFrom(table).where('candidate_id', '=', candidate.id).execute();
      }
      await trx
        .updateTable('applications')
        .set({ cover_letter: null, answers: '[]', match_report: null })
        .where('candidate_id', '=', candidate.id)
        .execute();
      await trx
        .updateTable('candidates')
        .set({
          first_name: 'Deleted',
          last_name: 'user',
          phone: null,
          linkedin_url: null,
          headline: null,
          current_title: null,
          summary: null,
          education: '[]',
          domain_expertise: '[]',
          experience: '[]',
          languages: '[]',
          certifications: '[]',
          links: '[]',
          years_experience: null,
          location: null,
          salary_expectation_min: null,
          salary_expectation_max: null,
          salary_currency: null,
          salary_period: null,
          availability: null,
          visibility: 'hidden',
        })
        .where('id', '=', candidate.id)
        .execute();
    }
    await trx
      .updateTable('recruiters')
      .set({ first_name: 'Former', last_name: 'recruiter', phone: null, linkedin_url: null, bio: null })
      .where('user_id', '=', userId)
      .execute();
    for (const table of ['notifications', 'notification_preferences', 'auth_tokens', 'api_tokens', 'mfa_recovery_codes', 'conversation_members'] as const) {
      await trx.deleteFrom(table).where('user_id', '=', userId).execute();
    }
    await trx.updateTable('messages').set({ body: '(deleted)' }).where('sender_id', '=', userId).execute();
    await trx
      .updateTable('users')
      .set({
        email: `deleted-${userId}@deleted.invalid`,
        password_hash: null,
        is_active: false,
        deactivated_at: now,
        totp_secret_encrypted: null,
        totp_enabled_at: null,
        totp_last_used_step: null,
      })
      .where('id', '=', userId)
      .execute();
    await recordAudit(trx, { action: 'account.deleted', actorId: userId, targetType: 'user', targetId: userId, ...origin });
  });
  for (const key of resumeKeys) {
    await deps.storage.delete(key).catch((error: unknown) => deps.log?.warn({ err: error, key }, 'could not delete the resume file of a deleted account'));
  }
  await invalidateUserSessions(db, userId);
  await sendEmail(deps, user.email, templates.accountDeleted({ name: displayName(account) }));
  return { status: 'deleted' as const };
}
