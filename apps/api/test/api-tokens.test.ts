// Personal API tokens over real HTTP (docs/rest.md#api-tokens): made by a signed-in session, shown once,
// stored as a hash, used as `Authorization: Bearer` on tRPC, REST and file routes, limited by scope, expiry,
// revocation and their own rate limit, and never able to manage the account they stand for.
import { randomBytes } from 'node:crypto';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../src/platform/rate-limit.ts';
import { useApi, failure } from './helpers.ts';
import { PASSWORD, signedIn } from './accounts.ts';
import { linkIn } from './mailbox.ts';
import { goodTxt } from './resume-files.ts';

const api = useApi();

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function rest(method: string, path: string, token: string, body?: unknown) {
  const res = await api.current.app.inject({
    method: method as 'GET',
    url: `/api${path}`,
    headers: { ...bearer(token), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { payload: JSON.stringify(body) }),
  });
  return { status: res.statusCode, body: res.body ? res.json() : undefined, headers: res.headers };
}

async function trpcMutation(path: string, token: string, input: unknown) {
  const res = await api.current.app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { ...bearer(token), 'content-type': 'application/json' },
    payload: JSON.stringify(superjson.serialize(input)),
  });
  const body = res.json();
  return { status: res.statusCode, error: body.error ? superjson.deserialize<{ message: string }>(body.error) : undefined };
}

async function tokenFor(who: Parameters<typeof signedIn>[1], scope: 'read' | 'full', expiresInDays: 7 | 30 | 90 | 365 | null = null) {
  const account = await signedIn(api.current, who);
  const session = await api.current.call({ token: account.token });
  const made = await session.auth.apiTokens.create({ name: `script ${randomBytes(3).toString('hex')}`, scope, expiresInDays });
  return { ...account, session, made, apiToken: made.token };
}

function multipart(bytes: Uint8Array) {
  const boundary = `----hotgigs${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('personal API tokens', () => {
  it('is shown once, listed without its secret, stored only as a hash, and works as a Bearer token', async () => {
    const { email, session, made, apiToken, userId } = await tokenFor({ role: 'candidate' }, 'full', 30);
    expect(apiToken).toMatch(/^hg_[a-z2-7]{16}_[a-z2-7]{52}$/);
    expect(made.expiresAt?.getTime()).toBe(api.current.clock.now().getTime() + 30 * 86_400_000);

    const listed = await session.auth.apiTokens.list();
    expect(listed).toEqual([expect.objectContaining({ id: made.id, name: made.name, scope: 'full', expired: false, lastUsedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(apiToken.slice(20));
    const row = await api.current.services.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
    expect(Buffer.from(row.secret_hash).toString()).not.toContain(apiToken.slice(20));
    expect(Object.values(row).some((v) => typeof v === 'string' && v.includes(apiToken.slice(20)))).toBe(false);

    const me = await rest('GET', '/auth/me', apiToken);
    expect(me).toMatchObject({ status: 200, body: { user: { email, role: 'candidate' } } });
    expect((await rest('GET', '/auth/me', apiToken)).status).toBe(200);
    const [used] = await session.auth.apiTokens.list();
    expect(used?.lastUsedAt).toEqual(api.current.clock.now());

    // Its first use is audited; the second, within the hour from the same address, is not written again.
    const audit = await api.current.services.db.selectFrom('audit_log').select(['action', 'target_id']).where('actor_id', '=', userId).where('action', 'like', 'auth.api_token%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['auth.api_token_created', 'auth.api_token_used']);
    expect(audit.every((a) => a.target_id === made.id)).toBe(true);
  });

  it('read-only: queries work, changes answer 403 naming the token, on tRPC, REST and file routes', async () => {
    const { apiToken, made } = await tokenFor({ role: 'candidate' }, 'read');
    expect((await rest('GET', '/jobs?limit=5', apiToken)).status).toBe(200);

    const refused = await trpcMutation('profile.update', apiToken, { headline: 'Welder' });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toContain(`"${made.name}" is read-only`);

    const apply = await rest('POST', '/applications', apiToken, { job_id: '00000000-0000-4000-8000-000000000000', resume_id: '00000000-0000-4000-8000-000000000001' });
    expect(apply.status).toBe(403);
    expect(apply.body.error.message).toContain('read-only');

    const file = multipart(goodTxt());
    const upload = await api.current.app.inject({ method: 'POST', url: '/api/resumes', payload: file.payload, headers: { ...file.headers, ...bearer(apiToken) } });
    expect(upload.statusCode).toBe(403);
    expect(upload.json().error.message).toContain('read-only');
  });

  it('full access: a recruiter script posts a job over REST', async () => {
    const { apiToken } = await tokenFor({ role: 'recruiter' }, 'full');
    const created = await rest('POST', '/jobs', apiToken, {
      title: 'Night-shift welder',
      description: 'Welding steel frames on the night shift, with a team of six.',
      location: 'Leeds',
      employment_type: 'full_time',
      remote_option: 'onsite',
    });
    expect(created).toMatchObject({ status: 200, body: { title: 'Night-shift welder', status: 'draft' } });
  });

  it('cannot manage the account it stands for: passwords, sessions, two-factor, tokens, export, erasure', async () => {
    const { apiToken } = await tokenFor({ role: 'candidate' }, 'full');
    const asToken = await api.current.call({ token: apiToken });
    // One at a time: a call started before its refusal is awaited would be an unhandled rejection.
    for (const attempt of [
      () => asToken.auth.apiTokens.create({ name: 'another', scope: 'full', expiresInDays: null }),
      () => asToken.auth.apiTokens.list(),
      () => asToken.auth.changePassword({ currentPassword: PASSWORD, newPassword: 'a different passphrase' }),
      () => asToken.auth.sessions.revokeOthers(),
      () => asToken.mfa.startEnrolment(),
      () => asToken.account.exportData(),
      () => asToken.account.delete({ password: PASSWORD }),
    ]) {
      const error = await failure(attempt());
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).toContain('API tokens cannot manage the account');
    }
    const changed = await rest('POST', '/auth/change-password', apiToken, { current_password: PASSWORD, new_password: 'a different passphrase' });
    expect(changed.status).toBe(403);
    // Signing out with a token ends nothing: the token still works.
    await asToken.auth.signOut();
    expect((await rest('GET', '/auth/me', apiToken)).status).toBe(200);
  });

  it('stops working when revoked, when expired, and for a deactivated user; a cookie never carries one', async () => {
    const revokedCase = await tokenFor({ role: 'candidate' }, 'full');
    await revokedCase.session.auth.apiTokens.revoke({ id: revokedCase.made.id });
    expect((await rest('GET', '/auth/me', revokedCase.apiToken)).status).toBe(401);
    expect(await revokedCase.session.auth.apiTokens.list()).toEqual([]);

    const expiring = await tokenFor({ role: 'candidate' }, 'read', 7);
    expect((await rest('GET', '/auth/me', expiring.apiToken)).status).toBe(200);
    api.current.clock.current = new Date(api.current.clock.now().getTime() + 7 * 86_400_000 + 1000);
    expect((await rest('GET', '/auth/me', expiring.apiToken)).status).toBe(401);
    expect(await expiring.session.auth.apiTokens.list()).toEqual([expect.objectContaining({ expired: true })]);

    const cookie = await api.current.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `hotgigs_session=${expiring.apiToken}` } });
    expect(cookie.statusCode).toBe(401);

    const deactivated = await tokenFor({ role: 'candidate' }, 'full');
    await deactivated.session.auth.deactivate({ password: PASSWORD });
    expect((await rest('GET', '/auth/me', deactivated.apiToken)).status).toBe(401);
  });

  it('a password reset revokes every token (the account may have been someone else\'s)', async () => {
    const { email, apiToken } = await tokenFor({ role: 'candidate' }, 'full');
    const anonymous = await api.current.call();
    await anonymous.auth.requestPasswordReset({ email });
    const mail = await api.current.mailbox.waitFor(email, /reset/i);
    const token = linkIn(mail, '/reset-password').searchParams.get('token')!;
    await anonymous.auth.resetPassword({ token, newPassword: 'my account is mine again' });
    expect((await rest('GET', '/auth/me', apiToken)).status).toBe(401);
  });

  it('has its own rate limit (429 with Retry-After), and names are unique per account', async () => {
    const { apiToken, made, session } = await tokenFor({ role: 'candidate' }, 'read');
    const { db } = api.current.services;
    await db
      .insertInto('rate_limit_buckets')
      .values({ key: `${RATE_LIMITS.apiTokenCalls.name}:${made.id}`, window_start: api.current.clock.now(), count: RATE_LIMITS.apiTokenCalls.limit })
      .execute();
    const limited = await rest('GET', '/jobs', apiToken);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    const duplicate = await failure(session.auth.apiTokens.create({ name: made.name.toUpperCase(), scope: 'full', expiresInDays: null }));
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.message).toContain('already have a token named');
    const unnamed = await failure(session.auth.apiTokens.create({ name: '  ', scope: 'full', expiresInDays: null }));
    expect(unnamed.code).toBe('BAD_REQUEST');
    // @ts-expect-error -- a lifetime the form does not offer
    const oddLifetime = await failure(session.auth.apiTokens.create({ name: 'odd', scope: 'full', expiresInDays: 12 }));
    expect(oddLifetime.code).toBe('BAD_REQUEST');
  });
});
