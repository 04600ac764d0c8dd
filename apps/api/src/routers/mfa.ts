// Turning the second factor on and off, and replacing recovery codes.
import { disableMfaInput, mfaCodeInput } from '@hotgigs/shared';
import QRCode from 'qrcode';
import { recordAudit } from '../auth/audit.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { enforceRateLimits, RATE_LIMITS } from '../auth/rate-limit.ts';
import { invalidateUserSessions } from '../auth/sessions.ts';
import { decryptSecret, encryptSecret, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl } from '../auth/totp.ts';
import type { Context } from '../context.ts';
import * as templates from '../email/templates.ts';
import { displayName, loadAccount } from '../services/accounts.ts';
import { verifySecondFactor } from '../services/mfa.ts';
import { sendEmail } from '../services/notify-by-email.ts';
import { fieldError, router, signedInProcedure, TRPCError } from '../trpc.ts';

async function replaceRecoveryCodes(ctx: Context, userId: string): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
    await trx.insertInto('mfa_recovery_codes').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))).execute();
  });
  return codes;
}

async function notifyMfaChange(ctx: Context, userId: string, email: string, enabled: boolean) {
  const account = await loadAccount(ctx.db, userId);
  await sendEmail(ctx, email, templates.mfaChanged({ name: displayName(account), enabled, when: ctx.now() }));
}

export const mfaRouter = router({
  status: signedInProcedure.query(async ({ ctx }) => {
    const remaining = await ctx.db
      .selectFrom('mfa_recovery_codes')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', ctx.user.id)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { enabled: ctx.user.mfaEnabled, recoveryCodesLeft: Number(remaining.n), required: ctx.user.role === 'admin' };
  }),

  /** Step 1: a new secret, shown as a QR code; nothing is enforced until a first code confirms it. */
  startEnrolment: signedInProcedure.mutation(async ({ ctx }) => {
    if (ctx.user.mfaEnabled) throw new TRPCError({ code: 'CONFLICT', message: 'Two-factor authentication is already on.' });
    const secret = newTotpSecret();
    await ctx.db
      .updateTable('users')
      .set({ totp_secret_encrypted: encryptSecret(secret, ctx.secretKey), totp_last_used_step: null })
      .where('id', '=', ctx.user.id)
      .execute();
    const url = otpauthUrl(secret, ctx.user.email);
    return { otpauthUrl: url, qrCodeDataUrl: await QRCode.toDataURL(url, { margin: 1, width: 220 }) };
  }),

  /** Step 2: the first code proves the app is set up; recovery codes are returned once. */
  confirmEnrolment: signedInProcedure.input(mfaCodeInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimits(ctx, [[RATE_LIMITS.mfaPerAccount, ctx.user.id]]);
    const user = await ctx.db
      .selectFrom('users')
      .select(['totp_secret_encrypted', 'totp_enabled_at'])
      .where('id', '=', ctx.user.id)
      .executeTakeFirstOrThrow();
    if (user.totp_enabled_at) throw new TRPCError({ code: 'CONFLICT', message: 'Two-factor authentication is already on.' });
    if (!user.totp_secret_encrypted) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Start the set-up first.' });
    const step = matchTotp(decryptSecret(user.totp_secret_encrypted, ctx.secretKey), input.code.replace(/\s/g, ''), ctx.now(), null);
    if (step === undefined) throw fieldError('code', 'That code is not valid. Check the time on your phone and try the current code.');
    await ctx.db
      .updateTable('users')
      .set({ totp_enabled_at: ctx.now(), totp_last_used_step: step })
      .where('id', '=', ctx.user.id)
      .execute();
    const recoveryCodes = await replaceRecoveryCodes(ctx, ctx.user.id);
    await recordAudit(ctx.db, { action: 'auth.mfa_enabled', actorId: ctx.user.id, targetType: 'user', targetId: ctx.user.id, ip: ctx.ip, userAgent: ctx.userAgent });
    await notifyMfaChange(ctx, ctx.user.id, ctx.user.email, true);
    return { recoveryCodes };
  }),

  regenerateRecoveryCodes: signedInProcedure.input(mfaCodeInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimits(ctx, [[RATE_LIMITS.mfaPerAccount, ctx.user.id]]);
    if (!ctx.user.mfaEnabled) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Turn on two-factor authentication first.' });
    if (!(await verifySecondFactor(ctx, ctx.user.id, input.code))) throw fieldError('code', 'That code is not valid.');
    return { recoveryCodes: await replaceRecoveryCodes(ctx, ctx.user.id) };
  }),

  /** Needs the password and a current code: a stolen session alone cannot turn the second factor off. */
  disable: signedInProcedure.input(disableMfaInput).mutation(async ({ ctx, input }) => {
    await enforceRateLimits(ctx, [[RATE_LIMITS.mfaPerAccount, ctx.user.id]]);
    if (!ctx.user.mfaEnabled) throw new TRPCError({ code: 'BAD_REQUEST', message: 'Two-factor authentication is not on.' });
    if (ctx.user.role === 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'Admins must keep two-factor authentication on.' });
    const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', ctx.user.id).executeTakeFirstOrThrow();
    if (!user.password_hash || !(await verifyPassword(user.password_hash, input.password))) {
      throw fieldError('password', 'Your password is not correct.');
    }
    if (!(await verifySecondFactor(ctx, ctx.user.id, input.code))) throw fieldError('code', 'That code is not valid.');
    await ctx.db
      .updateTable('users')
      .set({ totp_secret_encrypted: null, totp_enabled_at: null, totp_last_used_step: null })
      .where('id', '=', ctx.user.id)
      .execute();
    await ctx.db.deleteFrom('mfa_recovery_codes').where('user_id', '=', ctx.user.id).execute();
    await invalidateUserSessions(ctx.db, ctx.user.id, ctx.auth.session.id);
    await recordAudit(ctx.db, { action: 'auth.mfa_disabled', actorId: ctx.user.id, targetType: 'user', targetId: ctx.user.id, ip: ctx.ip, userAgent: ctx.userAgent });
    await notifyMfaChange(ctx, ctx.user.id, ctx.user.email, false);
    return { status: 'disabled' as const };
  }),
});
