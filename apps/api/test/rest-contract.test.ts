// The original Hotgigs REST API's flows over HTTP against /api (docs/rest.md): status codes and the original
// field names, as an integrator's script would see them. Every endpoint calls its tRPC twin, so the rules are
// the ones the other tests cover; this checks the surface.
import { describe, expect, it } from 'vitest';
import { useApi } from './helpers.ts';
import { PASSWORD } from './accounts.ts';
import { restClient } from './rest-client.ts';

const api = useApi();

const { rest, registerAndLogin } = restClient(api);

async function resumeOf(candidateToken: string) {
  const me = await rest('GET', '/auth/me', { token: candidateToken });
  const { db, storage } = api.current.services;
  await storage.put('resumes/rest-contract.txt', new TextEncoder().encode('Resume'));
  const row = await db
    .insertInto('resumes')
    .values({ candidate_id: me.body.profile.id, original_filename: 'cv.txt', storage_key: 'resumes/rest-contract.txt', size_bytes: 6, format: 'txt', sha256: 'f'.repeat(64), parse_status: 'parsed', is_primary: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('REST compatibility (/api)', () => {
  it('runs the original auth flows: register, login, me, refresh, change password, logout then the token is dead', async () => {
    const { email, token } = await registerAndLogin('candidate');
    const me = await rest('GET', '/auth/me', { token });
    expect(me).toMatchObject({ status: 200, body: { user: { email, role: 'candidate', email_verified: true }, profile: { kind: 'candidate', last_name: 'Lovelace' } } });
    expect(me.body.user.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const refreshed = await rest('POST', '/auth/refresh', { token });
    expect(refreshed).toMatchObject({ status: 200, body: { access_token: token, token_type: 'Bearer' } });

    const wrong = await rest('POST', '/auth/change-password', { token, body: { current_password: 'not it', new_password: 'a new passphrase here' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('current_password');
    const changed = await rest('POST', '/auth/change-password', { token, body: { current_password: PASSWORD, new_password: 'a new passphrase here' } });
    expect(changed).toMatchObject({ status: 200, body: { status: 'changed' } });

    expect((await rest('POST', '/auth/logout', { token })).body).toEqual({ status: 'signed_out' });
    const after = await rest('GET', '/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body).toEqual({ error: expect.objectContaining({ code: 'UNAUTHORIZED', message: expect.any(String) }) });
    expect((await rest('POST', '/auth/login', { body: { email, password: 'a new passphrase here' } })).status).toBe(200);
  });

  it('answers bad input with 400 naming the snake_case field, and unknown routes with 404 JSON', async () => {
    const weak = await rest('POST', '/auth/register', { body: { email: 'not-an-email', password: 'short', role: 'candidate', first_name: 'A', last_name: 'B' } });
    expect(weak.status).toBe(400);
    expect(Object.keys(weak.body.error.fields).sort()).toEqual(['email', 'password']);
    // The length rule and the strength check both catch "short": it is said once.
    expect(weak.body.error.message.match(/Use at least 8 characters/g)).toHaveLength(1);
    const missing = await rest('POST', '/auth/register', { body: { email: 'a@b.example', role: 'candidate' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty('first_name');
    const limit = await rest('GET', '/jobs?limit=1000');
    expect(limit.status).toBe(400);
    expect(limit.body.error.fields).toHaveProperty('limit');
    const badEnum = await rest('GET', '/jobs?remote_option=moon');
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.error.fields).toHaveProperty('remote_option');
    const nothing = await rest('GET', '/nothing-here');
    expect(nothing.status).toBe(404);
    expect(nothing.body.error.code).toBe('NOT_FOUND');
    const notJson = await api.current.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.body).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('runs jobs and applications: post, change, list with filters, get, apply, list as each role, move along and against the pipeline, delete', async () => {
    await api.current.services.db
      .insertInto('skills')
      .values({ slug: 'rest-pipe-welding', name: 'REST pipe welding', category: 'Trades', status: 'approved' })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const recruiter = await registerAndLogin('recruiter');
    const candidate = await registerAndLogin('candidate');

    const forbidden = await rest('POST', '/jobs', { token: candidate.token, body: { title: 'Nope' } });
    expect(forbidden.status).toBe(403);
    const anonymous = await rest('POST', '/jobs', { body: { title: 'Nope' } });
    expect(anonymous.status).toBe(401);

    const posted = await rest('POST', '/jobs', {
      token: recruiter.token,
      body: {
        title: 'Pipe welder',
        description: 'Weld pipes in a friendly team that cares about safety and quality every day.',
        location: 'Rotterdam',
        remote_option: 'onsite',
        employment_type: 'full_time',
        experience_level: 'mid',
        salary_min: 40000,
        salary_max: 52000,
        salary_currency: 'EUR',
        salary_period: 'year',
        skills: [{ slug: 'rest-pipe-welding', requirement: 'required', years_required: 2 }],
        status: 'published',
      },
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ title: 'Pipe welder', status: 'published', remote_option: 'onsite', salary_min: 40000, skills: [{ slug: 'rest-pipe-welding', years_required: 2 }] });
    const jobId = posted.body.id as string;

    const draft = await rest('POST', '/jobs', { token: recruiter.token, body: { title: 'Half written' } });
    expect(draft.body.status).toBe('draft');
    expect((await rest('GET', `/jobs/${draft.body.id}`)).status).toBe(404);
    expect((await rest('GET', `/jobs/${draft.body.id}`, { token: recruiter.token })).body.status).toBe('draft');

    const changed = await rest('PUT', `/jobs/${jobId}`, { token: recruiter.token, body: { salary_max: 55000 } });
    expect(changed).toMatchObject({ status: 200, body: { salary_max: 55000 } });
    const inverted = await rest('PUT', `/jobs/${jobId}`, { token: recruiter.token, body: { salary_min: 90000 } });
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.message).toMatch(/minimum salary/i);

    const list = await rest('GET', '/jobs?q=welder&location=Rotterdam&remote_option=onsite&employment_type=full_time&experience_level=mid&salary_min=30000&salary_currency=EUR&skills=rest-pipe-welding&page=1&limit=10');
    expect(list.status).toBe(200);
    expect(list.body.pagination).toEqual({ page: 1, limit: 10, total_count: 1, total_pages: 1 });
    expect(list.body.jobs.map((j: { id: string }) => j.id)).toEqual([jobId]);
    expect((await rest('GET', '/jobs?remote_option=remote')).body.pagination.total_count).toBe(0);

    const one = await rest('GET', `/jobs/${jobId}`);
    // An ETag on GETs: sent back unchanged, the answer is 304 with no body.
    const etag = one.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await api.current.app.inject({ url: `/api/jobs?q=welder`, headers: { 'if-none-match': (await rest('GET', '/jobs?q=welder')).headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(one.body).toMatchObject({ id: jobId, title: 'Pipe welder', company: { name: `Firm of ${recruiter.email}` } });
    expect(one.body.description).toContain('<p>');

    const resumeId = await resumeOf(candidate.token);
    const applied = await rest('POST', '/applications', { token: candidate.token, body: { job_id: jobId, resume_id: resumeId, cover_letter: 'I weld.' } });
    expect(applied).toMatchObject({ status: 200, body: { status: 'submitted' } });
    expect((await rest('POST', '/applications', { token: candidate.token, body: { job_id: jobId, resume_id: resumeId } })).status).toBe(409);
    const applicationId = applied.body.id as string;

    const mine = await rest('GET', '/applications', { token: candidate.token });
    expect(mine.body).toMatchObject({ applications: [{ id: applicationId, status: 'submitted', job: { id: jobId } }], pagination: { total_count: 1 } });
    const all = await rest('GET', '/applications', { token: recruiter.token });
    expect(all.body).toMatchObject({ applications: [{ id: applicationId, job: { id: jobId, title: 'Pipe welder' } }], pagination: { total_count: 1 } });
    const otherFirm = await registerAndLogin('recruiter');
    expect((await rest('GET', '/applications', { token: otherFirm.token })).body).toMatchObject({ applications: [], pagination: { total_count: 0 } });
    expect((await rest('GET', `/applications?job_id=${jobId}`, { token: otherFirm.token })).status).toBe(404);
    const theirs = await rest('GET', `/applications?job_id=${jobId}`, { token: recruiter.token });
    expect(theirs.body.applications).toMatchObject([{ id: applicationId, candidate: { name: 'Ada Lovelace' } }]);
    expect((await rest('GET', `/applications/${applicationId}`, { token: candidate.token })).body).toMatchObject({ id: applicationId, timeline: expect.any(Array) });
    expect((await rest('GET', `/applications/${applicationId}`, { token: recruiter.token })).status).toBe(200);

    const against = await rest('PUT', `/applications/${applicationId}/status`, { token: recruiter.token, body: { status: 'hired' } });
    expect(against.status).toBe(400);
    expect(against.body.error.message).not.toBe('');
    const noReason = await rest('PUT', `/applications/${applicationId}/status`, { token: recruiter.token, body: { status: 'rejected' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toHaveProperty('reason');
    const along = await rest('PUT', `/applications/${applicationId}/status`, { token: recruiter.token, body: { status: 'screening' } });
    expect(along).toMatchObject({ status: 200, body: { id: applicationId, status: 'screening' } });
    expect((await rest('PUT', `/applications/${applicationId}/status`, { token: candidate.token, body: { status: 'interview' } })).status).toBe(403);

    expect((await rest('DELETE', `/jobs/${draft.body.id}`, { token: recruiter.token })).body).toEqual({ id: draft.body.id, status: 'deleted' });
    expect((await rest('DELETE', `/jobs/${draft.body.id}`, { token: recruiter.token })).status).toBe(404);
  });

  it('serves its OpenAPI document with every endpoint of the original (and more: rest-portal.test.ts)', async () => {
    const doc = await rest('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/applications', '/applications/{id}', '/applications/{id}/status', '/auth/change-password', '/auth/login', '/auth/logout', '/auth/me', '/auth/refresh', '/auth/register', '/auth/verify-email', '/auth/verify-mfa', '/jobs', '/jobs/{id}']),
    );
  });
});

describe('REST endpoints and their twins', () => {
  it('call procedures that exist and declare the access of the twin they call (the union when a role picks the twin)', async () => {
    const { restRouter } = await import('../src/rest/router.ts');
    const { appRouter } = await import('../src/trpc/router.ts');
    const twins = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access: unknown } } }>;
    const roles = (access: unknown) => (Array.isArray(access) ? [...access].sort() : access);
    for (const [name, procedure] of Object.entries(restRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access: unknown; twins?: string[] } } }>)) {
      const meta = procedure._def.meta!;
      expect(meta.twins?.length, name).toBeGreaterThan(0);
      const accesses = meta.twins!.map((twin) => {
        expect(twins[twin], `${name} -> ${twin}`).toBeDefined();
        return twins[twin]!._def.meta!.access;
      });
      // /auth/me answers 401 to nobody where its twin answers null: the original API's behaviour, stricter.
      if (name === 'auth.me') continue;
      if (accesses.length === 1) expect(roles(meta.access), name).toEqual(roles(accesses[0]));
      else if (Array.isArray(meta.access)) {
        // Picking a twin by role: every role the endpoint lets in is let in by a twin (which then checks it again).
        for (const role of meta.access) expect(accesses.some((a) => a === 'public' || a === 'signedIn' || (a as string[]).includes(role)), `${name}: ${role}`).toBe(true);
      } else expect(accesses, name).toContain(meta.access);
    }
  });
});

describe('REST reference and CORS', () => {
  it('has an OpenAPI 3.1 document that validates, and a reference page served from the portal itself', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const doc = (await rest('GET', '/openapi.json')).body;
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.components.securitySchemes).toBeDefined();
    const page = await api.current.app.inject('/api/docs');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-url="/api/openapi.json"');
    expect(page.body).not.toMatch(/https?:\/\//);
    const script = await api.current.app.inject('/api/docs/scalar.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('answers no cross-origin call by default', async () => {
    const preflight = await api.current.app.inject({ method: 'OPTIONS', url: '/api/jobs', headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await api.current.app.inject({ url: '/api/jobs', headers: { origin: 'https://elsewhere.example' } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});
