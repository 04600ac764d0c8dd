// Signing up, in and out, as docs/security.md requires: the same answers for known and unknown emails,
// single-use tokens and codes, sessions that really end, and brute force slowed down.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { passwordVerifications } from './passwords.ts';
import { PASSWORD, authenticatorCode, registerAndVerify, signedIn, uniqueEmail } from '../../../test/accounts.ts';
import { failure, useApi } from '../../../test/helpers.ts';
import { linkIn } from '../../../test/mailbox.ts';
import { buildWorld } from '../../../test/world.ts';

const api = useApi();

describe('sign-up and sign-in', () => {
  it('registers, verifies the email through the emailed link, signs in, reads me, signs out', async () => {
    const email = uniqueEmail();
    const caller = await api.current.call();
    expect(
      await caller.auth.register({ role: 'candidate', email, password: PASSWORD, firstName: 'Ada', lastName: 'Lovelace' }),
    ).toEqual({ status: 'email_sent' });
    // Not verified yet: the right password is not enough.
    expect((await failure(caller.auth.signIn({ email, password: PASSWORD }))).code).toBe('FORBIDDEN');

    const mail = await api.current.mailbox.waitFor(email, /confirm your email/i);
    const link = linkIn(mail, '/verify-email');
    expect(link.origin).toBe('http://hotgigs.test');
    // A script (no device cookie of this sign-up) is not signed in by the link.
    expect(await caller.auth.verifyEmail({ token: link.searchParams.get('token')! })).toEqual({ status: 'verified', signedIn: false, email });

    const signIn = await caller.auth.signIn({ email, password: PASSWORD });
    expect(signIn).toMatchObject({ mfaRequired: false, user: { email, role: 'candidate' }, profile: { kind: 'candidate', firstName: 'Ada' } });
    const me = await (await api.current.call({ token: signIn.token })).auth.me();
    expect(me?.user.email).toBe(email);

    await (await api.current.call({ token: signIn.token })).auth.signOut();
    expect((await failure((await api.current.call({ token: signIn.token })).auth.me())).code).toBe('UNAUTHORIZED');
  });

  describe('the emailed link, opened in the browser that signed up or elsewhere', () => {
    const cookieIn = (headers: Record<string, string[]>, name: string) =>
      new RegExp(`${name}=([^;]*)`).exec((headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`)) ?? '')?.[1];

    async function signUpInBrowser(email: string) {
      const headers: Record<string, string[]> = {};
      const answer = await (await api.current.call({ sessionDelivery: 'cookie', headers })).auth.register({
        role: 'candidate', email, password: PASSWORD, firstName: 'Ada', lastName: 'Lovelace',
      });
      expect(answer).toEqual({ status: 'email_sent' });
      const token = linkIn(await api.current.mailbox.waitFor(email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
      return { token, device: cookieIn(headers, 'hotgigs_device') };
    }

    it('signs in the browser that signed up: a session cookie, never a token in the body', async () => {
      const email = uniqueEmail();
      const { token, device } = await signUpInBrowser(email);
      expect(device).toMatch(/^[a-z2-7]{24}\.[A-Za-z0-9_-]{43}$/);
      const headers: Record<string, string[]> = {};
      const verified = await (await api.current.call({ sessionDelivery: 'cookie', deviceToken: device, headers })).auth.verifyEmail({ token });
      expect(verified).toMatchObject({ status: 'verified', signedIn: true, email, user: { email, role: 'candidate' } });
      expect(verified).not.toHaveProperty('token');
      const session = cookieIn(headers, 'hotgigs_session');
      expect(session).toBeTruthy();
      expect((await (await api.current.call({ token: session })).auth.me())?.user.email).toBe(email);
      const audit = await api.current.services.db.selectFrom('audit_log').select('details').where('action', '=', 'auth.sign_in').where('target_id', 'in',
        api.current.services.db.selectFrom('users').select(sql<string>`id::text`.as('id')).where('email', '=', email)).execute();
      expect(audit.map((row) => row.details)).toEqual([{ via: 'email_verification' }]);
    });

    it('elsewhere (another browser, a mail app) only verifies, and names the address for the sign-in form', async () => {
      const email = uniqueEmail();
      const { token } = await signUpInBrowser(email);
      const headers: Record<string, string[]> = {};
      const verified = await (await api.current.call({ sessionDelivery: 'cookie', headers })).auth.verifyEmail({ token });
      expect(verified).toEqual({ status: 'verified', signedIn: false, email });
      expect(cookieIn(headers, 'hotgigs_session')).toBeUndefined();
    });

    it("takes no device cookie made for another account, and an existing address's sign-up hands out a worthless one", async () => {
      const first = uniqueEmail();
      const { device: firstDevice } = await signUpInBrowser(first);
      const second = uniqueEmail();
      const { token } = await signUpInBrowser(second);
      expect(await (await api.current.call({ deviceToken: firstDevice })).auth.verifyEmail({ token })).toMatchObject({ signedIn: false });

      // Signing up again with a taken address looks the same, cookie included, and the cookie opens nothing.
      const headers: Record<string, string[]> = {};
      await (await api.current.call({ sessionDelivery: 'cookie', headers })).auth.register({
        role: 'candidate', email: first, password: PASSWORD, firstName: 'Eve', lastName: 'Stranger',
      });
      const stranger = cookieIn(headers, 'hotgigs_device');
      expect(stranger).toMatch(/^[a-z2-7]{24}\.[A-Za-z0-9_-]{43}$/);
      const firstToken = linkIn(await api.current.mailbox.waitFor(first, /confirm your email/i), '/verify-email').searchParams.get('token')!;
      expect(await (await api.current.call({ deviceToken: stranger })).auth.verifyEmail({ token: firstToken })).toMatchObject({ signedIn: false });
    });
  });

  it('registers a recruiter together with a new company they own', async () => {
    const { token } = await signedIn(api.current, { role: 'recruiter', companyName: 'Acme Rockets' });
    const me = await (await api.current.call({ token })).auth.me();
    expect(me?.profile).toMatchObject({ kind: 'recruiter', companyRole: 'owner', company: { name: 'Acme Rockets', slug: 'acme-rockets' } });
  });

  it('gives a new session token at every sign-in', async () => {
    const { email, token } = await signedIn(api.current);
    const again = await (await api.current.call()).auth.signIn({ email, password: PASSWORD });
    expect(again.token).not.toBe(token);
    expect(again.token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{52}$/);
  });

  it.each([
    ['too short', 'short1', 'Use at least 8 characters.'],
    ['common', 'password123', 'This is one of the most common passwords; choose one that is harder to guess.'],
    ['the email itself', 'maryjane-secret', 'Do not use your email address in your password.'],
  ])('refuses a %s password with a field error', async (_what, password, message) => {
    const error = await failure(
      (await api.current.call()).auth.register({ role: 'candidate', email: 'maryjane@example.com', password, firstName: 'M', lastName: 'J' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(message);
  });

  it('rejects unknown keys such as role escalation attempts', async () => {
    const error = await failure(
      (await api.current.call()).auth.signIn({ email: 'a@example.com', password: PASSWORD, role: 'admin' } as never),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });
});

describe('no answer tells whether an email has an account', () => {
  it('sign-in: same status and message, and a password hash verified either way', async () => {
    const email = await registerAndVerify(api.current);
    const caller = await api.current.call();
    const before = passwordVerifications();
    const known = await failure(caller.auth.signIn({ email, password: 'wrong password here' }));
    const afterKnown = passwordVerifications();
    const unknown = await failure(caller.auth.signIn({ email: 'nobody-here@example.com', password: 'wrong password here' }));
    expect([known.code, known.message]).toEqual([unknown.code, unknown.message]);
    expect(known.code).toBe('UNAUTHORIZED');
    expect(afterKnown - before).toBe(1);
    expect(passwordVerifications() - afterKnown).toBe(1);
  });

  it('registration, reset and resend: identical answers', async () => {
    const email = await registerAndVerify(api.current);
    const caller = await api.current.call();
    const input = { role: 'candidate' as const, password: PASSWORD, firstName: 'X', lastName: 'Y' };
    expect(await caller.auth.register({ ...input, email })).toEqual(await caller.auth.register({ ...input, email: uniqueEmail() }));
    // The owner of the existing account hears about the attempt instead.
    await api.current.mailbox.waitFor(email, /already have/i);
    expect(await caller.auth.requestPasswordReset({ email })).toEqual(await caller.auth.requestPasswordReset({ email: uniqueEmail() }));
    expect(await caller.auth.resendVerification({ email })).toEqual(await caller.auth.resendVerification({ email: uniqueEmail() }));
  });
});

describe('single-use tokens and codes', () => {
  it('a verification link works once', async () => {
    const email = uniqueEmail();
    const caller = await api.current.call();
    await caller.auth.register({ role: 'candidate', email, password: PASSWORD, firstName: 'A', lastName: 'B' });
    const token = linkIn(await api.current.mailbox.waitFor(email, /confirm your email/i), '/verify-email').searchParams.get('token')!;
    await caller.auth.verifyEmail({ token });
    expect((await failure(caller.auth.verifyEmail({ token }))).code).toBe('BAD_REQUEST');
  });

  it('a reset link works once, ends every session, and the new password signs in', async () => {
    const { email, token: oldSession } = await signedIn(api.current);
    const caller = await api.current.call();
    await caller.auth.requestPasswordReset({ email });
    const reset = linkIn(await api.current.mailbox.waitFor(email, /reset/i), '/reset-password').searchParams.get('token')!;
    await caller.auth.resetPassword({ token: reset, newPassword: 'a brand new passphrase' });
    expect((await failure(caller.auth.resetPassword({ token: reset, newPassword: 'another new passphrase' }))).code).toBe('BAD_REQUEST');
    expect((await failure((await api.current.call({ token: oldSession })).auth.me())).code).toBe('UNAUTHORIZED');
    expect((await caller.auth.signIn({ email, password: 'a brand new passphrase' })).user?.email).toBe(email);
  });

  it('a refused new password leaves the reset link usable', async () => {
    const email = await registerAndVerify(api.current);
    const caller = await api.current.call();
    await caller.auth.requestPasswordReset({ email });
    const reset = linkIn(await api.current.mailbox.waitFor(email, /reset/i), '/reset-password').searchParams.get('token')!;
    const refused = await failure(caller.auth.resetPassword({ token: reset, newPassword: 'password123' }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(await caller.auth.resetPassword({ token: reset, newPassword: 'a much better passphrase' })).toEqual({ status: 'reset' });
  });

  it('a reset link expires after an hour', async () => {
    const email = await registerAndVerify(api.current);
    const caller = await api.current.call();
    await caller.auth.requestPasswordReset({ email });
    const reset = linkIn(await api.current.mailbox.waitFor(email, /reset/i), '/reset-password').searchParams.get('token')!;
    api.current.clock.advance(61 * 60_000);
    expect((await failure(caller.auth.resetPassword({ token: reset, newPassword: 'a brand new passphrase' }))).code).toBe('BAD_REQUEST');
  });

  it('MFA: enrol with a first code, sign in with a code, never with the same code twice; recovery codes once each', async () => {
    const { email, token } = await signedIn(api.current);
    const me = await api.current.call({ token });
    const { otpauthUrl, qrCodeDataUrl } = await me.mfa.startEnrolment();
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const { recoveryCodes } = await me.mfa.confirmEnrolment({ code: authenticatorCode(otpauthUrl, api.current.clock.now()) });
    expect(recoveryCodes).toHaveLength(10);

    // Sign-in now needs the second factor: the password alone gives a session that can do nothing else.
    api.current.clock.advance(30_000);
    const first = await (await api.current.call()).auth.signIn({ email, password: PASSWORD });
    expect(first.mfaRequired).toBe(true);
    expect((await failure((await api.current.call({ token: first.token })).auth.me())).code).toBe('UNAUTHORIZED');
    const code = authenticatorCode(otpauthUrl, api.current.clock.now());
    const verified = await (await api.current.call({ token: first.token })).auth.verifyMfa({ code });
    expect(verified.token).not.toBe(first.token);
    expect((await (await api.current.call({ token: verified.token })).auth.me())?.user.email).toBe(email);

    // The same code again, in the same 30 seconds, on a new sign-in: refused.
    const second = await (await api.current.call()).auth.signIn({ email, password: PASSWORD });
    expect((await failure((await api.current.call({ token: second.token })).auth.verifyMfa({ code }))).code).toBe('UNAUTHORIZED');

    // A recovery code works once.
    const recovery = recoveryCodes[0]!;
    await (await api.current.call({ token: second.token })).auth.verifyMfa({ code: recovery });
    const third = await (await api.current.call()).auth.signIn({ email, password: PASSWORD });
    expect((await failure((await api.current.call({ token: third.token })).auth.verifyMfa({ code: recovery }))).code).toBe('UNAUTHORIZED');
  });
});

describe('a browser never sees its session token', () => {
  const api = useApi();

  it('signing in with a password, then a code, sets the cookie each time and returns no token', async () => {
    const { email, token } = await signedIn(api.current);
    const me = await api.current.call({ token });
    const { otpauthUrl } = await me.mfa.startEnrolment();
    await me.mfa.confirmEnrolment({ code: authenticatorCode(otpauthUrl, api.current.clock.now()) });
    api.current.clock.advance(30_000);

    const headers: Record<string, string[]> = {};
    const browser = await api.current.call({ sessionDelivery: 'cookie', headers });
    const pending = await browser.auth.signIn({ email, password: PASSWORD });
    expect(pending).not.toHaveProperty('token');
    const sessionCookie = () => headers['set-cookie']!.filter((c) => c.startsWith('hotgigs_session=')).at(-1)!;
    const pendingToken = /hotgigs_session=([^;]+)/.exec(sessionCookie())![1]!;

    const completed = await (await api.current.call({ token: pendingToken, sessionDelivery: 'cookie', headers })).auth.verifyMfa({
      code: authenticatorCode(otpauthUrl, api.current.clock.now()),
    });
    expect(completed).not.toHaveProperty('token');
    const fullToken = /hotgigs_session=([^;]+)/.exec(sessionCookie())![1]!;
    expect(fullToken).not.toBe(pendingToken);
    expect(JSON.stringify(completed)).not.toContain(fullToken.split('.')[1]);
    expect((await (await api.current.call({ token: fullToken })).auth.me())?.user.email).toBe(email);
  });
});

describe('sessions end when they should', () => {
  it('password change ends the other sessions, not this one', async () => {
    const { email, token } = await signedIn(api.current);
    const other = (await (await api.current.call()).auth.signIn({ email, password: PASSWORD })).token;
    const result = await (await api.current.call({ token })).auth.changePassword({ currentPassword: PASSWORD, newPassword: 'a different passphrase' });
    expect(result.otherSessionsEnded).toBe(1);
    expect((await (await api.current.call({ token })).auth.me())?.user.email).toBe(email);
    expect((await failure((await api.current.call({ token: other })).auth.me())).code).toBe('UNAUTHORIZED');
    await api.current.mailbox.waitFor(email, /password was changed/i);
  });

  it('deactivating the account ends every session and blocks sign-in', async () => {
    const { email, token } = await signedIn(api.current);
    await (await api.current.call({ token })).auth.deactivate({ password: PASSWORD });
    expect((await failure((await api.current.call({ token })).auth.me())).code).toBe('UNAUTHORIZED');
    expect((await failure((await api.current.call()).auth.signIn({ email, password: PASSWORD }))).code).toBe('FORBIDDEN');
  });

  it('an admin ending a user\'s sessions, or deactivating the user, signs them out everywhere', async () => {
    const world = await buildWorld(api.current.services.db, api.current.clock.now());
    const { token: candidate } = await signedIn(api.current);
    const candidateId = (await (await api.current.call({ token: candidate })).auth.me())!.user.id;
    const admin = await api.current.call({ token: world.users.admin.token });
    expect(await admin.admin.users.revokeSessions({ userId: candidateId })).toEqual({ ended: 1 });
    expect((await failure((await api.current.call({ token: candidate })).auth.me())).code).toBe('UNAUTHORIZED');

    const candidateB = await api.current.call({ token: world.users.candidateB.token });
    await candidateB.auth.me();
    await admin.admin.users.deactivate({ userId: world.users.candidateB.id });
    expect((await failure((await api.current.call({ token: world.users.candidateB.token })).auth.me())).code).toBe('UNAUTHORIZED');
    const log = await api.current.services.db.selectFrom('audit_log').select(['action', 'actor_id', 'target_id']).where('action', 'like', 'admin.%').orderBy('at').execute();
    expect(log).toEqual([
      { action: 'admin.sessions_revoked', actor_id: world.users.admin.id, target_id: candidateId },
      { action: 'admin.user_deactivated', actor_id: world.users.admin.id, target_id: world.users.candidateB.id },
    ]);
  });

  it('lists own sessions and ends another one', async () => {
    const { email, token } = await signedIn(api.current);
    const other = (await (await api.current.call()).auth.signIn({ email, password: PASSWORD })).token;
    const mine = await api.current.call({ token });
    const sessions = await mine.auth.sessions.list();
    expect(sessions.map((s) => s.current).sort()).toEqual([false, true]);
    await mine.auth.sessions.revoke({ id: sessions.find((s) => !s.current)!.id });
    expect((await failure((await api.current.call({ token: other })).auth.me())).code).toBe('UNAUTHORIZED');
  });

  it('expires after 10 days without use, and is renewed by use', async () => {
    const { token } = await signedIn(api.current);
    api.current.clock.advance(9 * 86_400_000);
    await (await api.current.call({ token })).auth.me(); // renews
    api.current.clock.advance(9 * 86_400_000);
    await (await api.current.call({ token })).auth.me();
    api.current.clock.advance(11 * 86_400_000);
    expect((await failure((await api.current.call({ token })).auth.me())).code).toBe('UNAUTHORIZED');
  });
});

describe('brute force', () => {
  it('answers the 11th wrong password in 15 minutes with 429 and Retry-After, and lets the person in after the window', async () => {
    const email = await registerAndVerify(api.current);
    for (let i = 0; i < 10; i++) {
      expect((await failure((await api.current.call()).auth.signIn({ email, password: `wrong guess ${i}` }))).code).toBe('UNAUTHORIZED');
    }
    const headers: Record<string, string[]> = {};
    const limited = await failure((await api.current.call({ headers })).auth.signIn({ email, password: PASSWORD }));
    expect(limited.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(headers['retry-after']?.[0])).toBeGreaterThan(0);
    api.current.clock.advance(15 * 60_000 + 1000);
    expect((await (await api.current.call()).auth.signIn({ email, password: PASSWORD })).user?.email).toBe(email);
  });
});

describe('brute force that cannot be turned against the owner', () => {
  const deviceCookieOf = (headers: Record<string, string[]>) =>
    /hotgigs_device=([^;]+)/.exec((headers['set-cookie'] ?? []).find((c) => c.startsWith('hotgigs_device=')) ?? '')?.[1];

  /** Ten wrong passwords from a stranger's address: the eleventh attempt from there is refused. */
  async function strangerGuesses(email: string, ip = '203.0.113.5') {
    for (let i = 0; i < 10; i++) {
      expect((await failure((await api.current.call({ ip })).auth.signIn({ email, password: `guess ${i}` }))).code).toBe('UNAUTHORIZED');
    }
    const headers: Record<string, string[]> = {};
    const refused = await failure((await api.current.call({ ip, headers })).auth.signIn({ email, password: PASSWORD }));
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(headers['retry-after']?.[0])).toBeGreaterThan(0);
  }

  it("lets the owner in from a browser that signed in before, whatever a stranger's guesses did", async () => {
    const email = await registerAndVerify(api.current);
    const headers: Record<string, string[]> = {};
    await (await api.current.call({ ip: '10.0.0.1', sessionDelivery: 'cookie', headers })).auth.signIn({ email, password: PASSWORD });
    const device = deviceCookieOf(headers);
    expect(device).toMatch(/^[a-z2-7]{24}\.[A-Za-z0-9_-]{43}$/);

    await strangerGuesses(email);
    // The owner's browser, even from a new address (a phone on another network).
    const owner = await (await api.current.call({ ip: '198.51.100.7', sessionDelivery: 'cookie', deviceToken: device })).auth.signIn({ email, password: PASSWORD });
    expect(owner.user?.email).toBe(email);
    // Every guess is in the audit log, marked as coming from an unknown client.
    const failed = await api.current.services.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'auth.sign_in_failed')
      .where('ip', '=', '203.0.113.5')
      .execute();
    expect(failed).toHaveLength(10);
    expect(failed.every((row) => (row.details as { client?: string }).client === 'unknown')).toBe(true);
  });

  it('lets the owner in from an address they signed in from before, without the cookie', async () => {
    const email = await registerAndVerify(api.current);
    await (await api.current.call({ ip: '10.0.0.2' })).auth.signIn({ email, password: PASSWORD });
    await strangerGuesses(email);
    expect((await (await api.current.call({ ip: '10.0.0.2' })).auth.signIn({ email, password: PASSWORD })).user?.email).toBe(email);
  });

  it("limits a known device's own wrong guesses, and takes no device cookie made for another account", async () => {
    const email = await registerAndVerify(api.current);
    const other = await registerAndVerify(api.current);
    const headers: Record<string, string[]> = {};
    await (await api.current.call({ ip: '10.0.0.3', sessionDelivery: 'cookie', headers })).auth.signIn({ email, password: PASSWORD });
    const device = deviceCookieOf(headers);
    for (let i = 0; i < 10; i++) {
      await failure((await api.current.call({ ip: '198.51.100.8', deviceToken: device })).auth.signIn({ email, password: `typo ${i}` }));
    }
    expect((await failure((await api.current.call({ ip: '198.51.100.8', deviceToken: device })).auth.signIn({ email, password: PASSWORD }))).code).toBe(
      'TOO_MANY_REQUESTS',
    );
    // The cookie names the account it was made for: for another account it is an unknown client.
    await strangerGuesses(other, '198.51.100.9');
    expect((await failure((await api.current.call({ ip: '198.51.100.10', deviceToken: device })).auth.signIn({ email: other, password: PASSWORD }))).code).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('gives changing the password its own limit, so wrong current passwords never block signing in', async () => {
    const { email, token } = await signedIn(api.current);
    const me = await api.current.call({ token });
    for (let i = 0; i < 10; i++) {
      expect((await failure(me.auth.changePassword({ currentPassword: `not it ${i}`, newPassword: 'a new passphrase here' }))).code).toBe('BAD_REQUEST');
    }
    expect((await failure(me.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'a new passphrase here' }))).code).toBe('TOO_MANY_REQUESTS');
    expect((await (await api.current.call({ ip: '192.0.2.44' })).auth.signIn({ email, password: PASSWORD })).user?.email).toBe(email);
  });
});

describe('over HTTP', () => {
  it('signs in with a cookie, refuses cross-site mutations, and answers 429 with Retry-After', async () => {
    const email = await registerAndVerify(api.current);
    const { app } = api.current;
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      payload: JSON.stringify({ json: { email, password: PASSWORD } }),
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^hotgigs_session=[a-z2-7]{24}\.[a-z2-7]{52}; Path=\/; HttpOnly; SameSite=Lax/);
    const sessionCookie = cookie.split(';')[0]!;
    // A problem only the server can see still names its field.
    const wrongPassword = await app.inject({
      method: 'POST',
      url: '/trpc/auth.changePassword',
      headers: { 'content-type': 'application/json', cookie: sessionCookie },
      payload: JSON.stringify({ json: { currentPassword: 'not it at all', newPassword: 'another passphrase' } }),
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json().error.json.data.fieldErrors).toEqual({ currentPassword: ['Your current password is not correct.'] });
    const me = await app.inject({ url: '/trpc/auth.me', headers: { cookie: sessionCookie } });
    expect(me.statusCode).toBe(200);

    const crossSite = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { 'content-type': 'application/json', cookie: sessionCookie, 'sec-fetch-site': 'cross-site' },
      payload: '{}',
    });
    expect(crossSite.statusCode).toBe(403);
    expect((await app.inject({ url: '/trpc/auth.me', headers: { cookie: sessionCookie } })).statusCode).toBe(200);

    let last = res;
    for (let i = 0; i < 11; i++) {
      last = await app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ json: { email, password: 'not the password' } }),
      });
    }
    expect(last.statusCode).toBe(429);
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
});
