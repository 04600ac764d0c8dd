// The second factor: checking a TOTP or recovery code for a user, each usable once.
import { sql } from 'kysely';
import { recordAudit } from '../auth/audit.ts';
import { decryptSecret, hashRecoveryCode, matchTotp } from '../auth/totp.ts';
import type { Context } from '../context.ts';

/**
 * True when `code` is the user's current TOTP code (newer than the last one used) or an unused recovery code.
 * Both are consumed with a conditional update, so the same code cannot pass twice, even concurrently.
 */
export async function verifySecondFactor(ctx: Context, userId: string, code: string): Promise<boolean> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['totp_secret_encrypted', 'totp_last_used_step', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user?.totp_secret_encrypted || !user.totp_enabled_at) return false;
  const compact = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(compact)) {
    const secret = decryptSecret(user.totp_secret_encrypted, ctx.secretKey);
    const lastUsed = user.totp_last_used_step === null ? null : Number(user.totp_last_used_step);
    const step = matchTotp(secret, compact, ctx.now(), lastUsed);
    if (step === undefined) return failed(ctx, userId);
    const claimed = await ctx.db
      .updateTable('users')
      .set({ totp_last_used_step: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_used_step', 'is', null), eb('totp_last_used_step', '<', sql<string>`${step}::bigint`)]))
      .executeTakeFirst();
    return Number(claimed.numUpdatedRows) === 1 || failed(ctx, userId);
  }
  const used = await ctx.db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: ctx.now() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(compact))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return failed(ctx, userId);
  await recordAudit(ctx.db, { action: 'auth.recovery_code_used', actorId: userId, targetType: 'user', targetId: userId, ip: ctx.ip, userAgent: ctx.userAgent });
  return true;
}

async function failed(ctx: Context, userId: string): Promise<false> {
  await recordAudit(ctx.db, { action: 'auth.mfa_failed', actorId: userId, targetType: 'user', targetId: userId, ip: ctx.ip, userAgent: ctx.userAgent });
  return false;
}
