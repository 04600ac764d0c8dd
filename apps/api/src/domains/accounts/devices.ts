// Device cookies (OWASP's defence against password guessing that locks owners out): a browser that signed in
// to an account with the right password gets a signed token naming that account. Its later sign-ins are
// limited on their own, so a stranger's wrong guesses, which fill the account's limit for unknown clients,
// never keep the owner out. The token holds no secret of the account: a random nonce and an HMAC of it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '@hotgigs/shared';
import { randomToken } from '../../platform/tokens.ts';

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 86_400;

function signature(secretKey: Uint8Array, userId: string, nonce: string): Buffer {
  return createHmac('sha256', secretKey).update(`device\n${userId}\n${nonce}`).digest();
}

/** A new device token for this account: `<nonce>.<signature>`. */
export function newDeviceToken(secretKey: Uint8Array, userId: string): string {
  const nonce = randomToken(15);
  return `${nonce}.${signature(secretKey, userId, nonce).toString('base64url')}`;
}

/** The device's nonce when the token was issued for this account by this server; undefined otherwise. */
export function deviceOf(secretKey: Uint8Array, userId: string, token: string | undefined): string | undefined {
  const [nonce, signed, ...rest] = (token ?? '').split('.');
  if (!nonce || !signed || rest.length > 0 || !/^[a-z2-7]{24}$/.test(nonce)) return undefined;
  const expected = signature(secretKey, userId, nonce);
  const given = Buffer.from(signed, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : undefined;
}

/** True when this account has signed in successfully from this address before (the audit log says so). */
export async function signedInFrom(db: Kysely<DB>, userId: string, ip: string | undefined): Promise<boolean> {
  if (!ip) return false;
  const row = await db
    .selectFrom('audit_log')
    .select('id')
    .where('actor_id', '=', userId)
    .where('action', '=', 'auth.sign_in')
    .where('ip', '=', ip.slice(0, 64))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
