// Making real accounts for tests the way people do: register, open the emailed link, sign in.
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import type { ApiHarness } from './helpers.ts';
import { linkIn } from './mailbox.ts';

export const PASSWORD = 'correct horse battery staple';

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
  counter += 1;
  return `${prefix}${counter}@example.com`;
}

export async function registerAndVerify(
  api: ApiHarness,
  who: { role?: 'candidate' | 'recruiter'; email?: string; companyName?: string; invitationToken?: string } = {},
) {
  const email = who.email ?? uniqueEmail(who.role ?? 'candidate');
  const caller = await api.call();
  if (who.role === 'recruiter') {
    await caller.auth.register({
      role: 'recruiter',
      email,
      password: PASSWORD,
      firstName: 'Rita',
      lastName: 'Recruiter',
      ...(who.invitationToken ? { invitationToken: who.invitationToken } : { companyName: who.companyName ?? `Company of ${email}` }),
    });
  } else {
    await caller.auth.register({ role: 'candidate', email, password: PASSWORD, firstName: 'Cara', lastName: 'Candidate' });
  }
  const mail = await api.mailbox.waitFor(email, /confirm your email/i);
  const token = linkIn(mail, '/verify-email').searchParams.get('token')!;
  await caller.auth.verifyEmail({ token });
  return email;
}

/** A signed-in account: returns its email and session token. */
export async function signedIn(api: ApiHarness, who: Parameters<typeof registerAndVerify>[1] = {}) {
  const email = await registerAndVerify(api, who);
  const result = await (await api.call()).auth.signIn({ email, password: PASSWORD });
  return { email, token: result.token, userId: result.user!.id };
}

/** The TOTP code an authenticator app would show for this otpauth:// URL at `at`. */
export function authenticatorCode(otpauthUrl: string, at: Date): string {
  const secret = decodeBase32IgnorePadding(new URL(otpauthUrl).searchParams.get('secret')!);
  return generateHOTP(secret, BigInt(Math.floor(at.getTime() / 30_000)), 6);
}
