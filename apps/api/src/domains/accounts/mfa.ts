// The second factor: turning it on (a secret shown as a QR code, confirmed by a first code), checking a TOTP or
// recovery code (each usable once), replacing recovery codes, and turning it off.
import { sql } from 'kysely';
import QRCode from 'qrcode';
import type { AppServices } from '../../app-services.ts';
import { sendEmail, templates } from '../../email/index.ts';
import { conflict, fieldError, forbidden, invalid } from '../../errors.ts';
import { recordAudit, type RequestOrigin } from '../../platform/audit.ts';
import { enforceRateLimits, RATE_LIMITS } from '../../platform/rate-limit.ts';
import { checkPassword, displayName, loadAccount } from './account.ts';
import { invalidateUserSessions } from './sessions.ts';
import { decryptSecret, encryptSecret, hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl } from './totp.ts';

type MfaDeps = Pick<AppServices, 'db' | 'secretKey' | 'now'>;
type MfaMailDeps = MfaDeps & Pick<AppServices, 'mailer'>;

/** The signed-in user an MFA action is for, as the session knows them. */
export interface MfaUser {
  id: string;
  email: string;
  role: string;
  mfaEnabled: boolean;
}

/**
 * True when `code` is the user's current TOTP code (newer than the last one used) or an unused recovery code.
 * Both are consumed with a conditional update, so the same code cannot pass twice, even concurrently.
 */
export async function verifySecondFactor(deps: MfaDeps, userId: string, code: string, origin: RequestOrigin): Promise<boolean> {
  const { db } = deps;
  const user = await db
    .selectFrom('users')
    .select(['totp_secret_encrypted', 'totp_last_used_step', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user?.totp_secret_encrypted || !user.totp_enabled_at) return false;
  const failed = async (): Promise<false> => {
    await recordAudit(db, { action: 'auth.mfa_failed', actorId: userId, targetType: 'user', targetId: userId, ...origin });
    return false;
  };
  const compact = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(compact)) {
    const secret = decryptSecret(user.totp_secret_encrypted, deps.secretKey);
    const lastUsed = user.totp_last_used_step === null ? null : Number(user.totp_last_used_step);
    const step = matchTotp(secret, compact, deps.now(), lastUsed);
    if (step === undefined) return failed();
    const claimed = await db
      .updateTable('users')
      .set({ totp_last_used_step: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_used_step', 'is', null), eb('totp_last_used_step', '<', sql<string>`${step}::bigint`)]))
      .executeTakeFirst();
    return Number(claimed.numUpdatedRows) === 1 || failed();
  }
  const used = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: deps.now() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(compact))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return failed();
  await recordAudit(db, { action: 'auth.recovery_code_used', actorId: userId, targetType: 'user', targetId: userId, ...origin });
  return true;
}

async function replaceRecoveryCodes(deps: Pick<AppServices, 'db'>, userId: string): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
    await trx.insertInto('mfa_recovery_codes').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))).execute();
  });
  return codes;
}

async function notifyMfaChange(deps: MfaMailDeps, user: MfaUser, enabled: boolean) {
  const account = await loadAccount(deps.db, user.id);
  await sendEmail(deps, user.email, templates.mfaChanged({ name: displayName(account), enabled, when: deps.now() }));
}

export async function mfaStatus(deps: Pick<AppServices, 'db'>, user: MfaUser) {
  const remaining = await deps.db
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { enabled: user.mfaEnabled, recoveryCodesLeft: Number(remaining.n), required: user.role === 'admin' };
}

/** Step 1: a new secret, shown as a QR code; nothing is enforced until a first code confirms it. */
export async function startMfaEnrolment(deps: MfaDeps, user: MfaUser) {
  if (user.mfaEnabled) throw conflict('Two-factor authentication is already on.');
  const secret = newTotpSecret();
  await deps.db
    .updateTable('users')
    .set({ totp_secret_encrypted: encryptSecret(secret, deps.secretKey), totp_last_used_step: null })
    .where('id', '=', user.id)
    .execute();
  const url = otpauthUrl(secret, user.email);
  return { otpauthUrl: url, qrCodeDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 220 }) };
}

/** Step 2: the first code proves the app is set up; recovery codes are returned once. */
export async function confirmMfaEnrolment(deps: MfaMailDeps, user: MfaUser, code: string, origin: RequestOrigin) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.mfaPerAccount, user.id]]);
  const row = await db.selectFrom('users').select(['totp_secret_encrypted', 'totp_enabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
  if (row.totp_enabled_at) throw conflict('Two-factor authentication is already on.');
  if (!row.totp_secret_encrypted) throw invalid('Start the set-up first.');
  const step = matchTotp(decryptSecret(row.totp_secret_encrypted, deps.secretKey), code.replace(/\s/g, ''), deps.now(), null);
  if (step === undefined) throw fieldError('code', 'That code is not valid. Check the time on your phone and try the current code.');
  await db.updateTable('users').set({ totp_enabled_at: deps.now(), totp_last_used_step: step }).where('id', '=', user.id).execute();
  const recoveryCodes = await replaceRecoveryCodes(deps, user.id);
  await recordAudit(db, { action: 'auth.mfa_enabled', actorId: user.id, targetType: 'user', targetId: user.id, ...origin });
  await notifyMfaChange(deps, user, true);
  return { recoveryCodes };
}

export async function regenerateRecoveryCodes(deps: MfaDeps, user: MfaUser, code: string, origin: RequestOrigin) {
  await enforceRateLimits(deps.db, deps.now(), [[RATE_LIMITS.mfaPerAccount, user.id]]);
  if (!user.mfaEnabled) throw invalid('Turn on two-factor authentication first.');
  if (!(await verifySecondFactor(deps, user.id, code, origin))) throw fieldError('code', 'That code is not valid.');
  return { recoveryCodes: await replaceRecoveryCodes(deps, user.id) };
}

/** Needs the password and a current code: a stolen session alone cannot turn the second factor off. */
export async function disableMfa(
  deps: MfaMailDeps,
  user: MfaUser & { sessionId: string },
  input: { password: string; code: string },
  origin: RequestOrigin,
) {
  const { db } = deps;
  await enforceRateLimits(db, deps.now(), [[RATE_LIMITS.mfaPerAccount, user.id]]);
  if (!user.mfaEnabled) throw invalid('Two-factor authentication is not on.');
  if (user.role === 'admin') throw forbidden('Admins must keep two-factor authentication on.');
  await checkPassword(db, user.id, input.password, 'password', 'Your password is not correct.');
  if (!(await verifySecondFactor(deps, user.id, input.code, origin))) throw fieldError('code', 'That code is not valid.');
  await db
    .updateTable('users')
    .set({ totp_secret_encrypted: null, totp_enabled_at: null, totp_last_used_step: null })
    .where('id', '=', user.id)
    .execute();
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', user.id).execute();
  await invalidateUserSessions(db, user.id, user.sessionId);
  await recordAudit(db, { action: 'auth.mfa_disabled', actorId: user.id, targetType: 'user', targetId: user.id, ...origin });
  await notifyMfaChange(deps, user, false);
  return { status: 'disabled' as const };
}
