// The append-only audit log: who did what to what, from where. Never a password, token or code in `details`.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '@hotgigs/shared';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_out'
  | 'auth.register'
  | 'auth.email_verified'
  | 'auth.password_changed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.mfa_enabled'
  | 'auth.mfa_disabled'
  | 'auth.mfa_failed'
  | 'auth.recovery_code_used'
  | 'auth.session_revoked'
  | 'auth.sessions_revoked'
  | 'auth.api_token_created'
  | 'auth.api_token_revoked'
  | 'auth.api_token_used'
  | 'account.deactivated'
  | 'account.deleted'
  | 'account.exported'
  | 'admin.role_changed'
  | 'admin.user_deactivated'
  | 'admin.user_reactivated'
  | 'admin.sessions_revoked'
  | 'admin.created'
  | 'company.invitation_sent'
  | 'company.updated'
  | 'company.logo_changed'
  | 'company.logo_removed'
  | 'job.created'
  | 'job.updated'
  | 'job.published'
  | 'job.paused'
  | 'job.resumed'
  | 'job.closed'
  | 'job.deleted'
  | 'profile.updated'
  | 'resume.uploaded'
  | 'resume.deleted'
  | 'resume.applied'
  /** Pieces of a resume were sent to the optional AI provider for rewrites (details: provider host, count). */
  | 'resume.rewrites_requested'
  | 'skill.suggested'
  | 'skill.approved'
  | 'skill.rejected'
  | 'skill.merged'
  | 'application.submitted'
  | 'application.withdrawn'
  | 'application.moved'
  | 'application.note_added'
  | 'application.note_deleted';

/** Where a request came from, as the audit log records it. */
export interface RequestOrigin {
  ip: string | undefined;
  userAgent: string | undefined;
}

export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(db: Kysely<DB> | Transaction<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      action: entry.action,
      actor_id: entry.actorId,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      ip: entry.ip?.slice(0, 64) ?? null,
      user_agent: entry.userAgent?.slice(0, 256) ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
