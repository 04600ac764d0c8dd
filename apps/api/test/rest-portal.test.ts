// The REST endpoints beyond the original API (docs/rest.md): companies, saved jobs, alerts, profile, resumes
// and search facets, over HTTP with snake_case fields; and every operation of /api/openapi.json called as each
// kind of caller, answering only the statuses the document lists, as JSON, never a 500.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useApi } from './helpers.ts';
import { restClient } from './rest-client.ts';
import { goodTxt } from './resume-files.ts';

const api = useApi();
const { rest, registerAndLogin } = restClient(api);

async function publishedJob(token: string) {
  const posted = await rest('POST', '/jobs', {
    token,
    body: {
      title: 'Harbour crane operator',
      description: 'Operate harbour cranes on a day shift, with a team that cares about safety every day.',
      location: 'Rotterdam',
      remote_option: 'onsite',
      employment_type: 'full_time',
      experience_level: 'mid',
      status: 'published',
    },
  });
  expect(posted.status).toBe(200);
  return posted.body as { id: string; company: { slug: string } };
}

async function uploadResume(token: string) {
  const boundary = '----hotgigsrestportal';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\nContent-Type: text/plain\r\n\r\n`),
    Buffer.from(goodTxt()),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await api.current.app.inject({ method: 'POST', url: '/api/resumes', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${token}` } });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
}

describe('REST beyond the original API', () => {
  it('companies, search facets, saved jobs and alerts, in snake_case, with errors naming the REST field', async () => {
    const recruiter = await registerAndLogin('recruiter');
    const candidate = await registerAndLogin('candidate');
    const job = await publishedJob(recruiter.token);

    const company = await rest('GET', `/companies/${job.company.slug}`);
    expect(company).toMatchObject({ status: 200, body: { slug: job.company.slug } });
    expect((await rest('GET', '/companies/no-such-company-here')).status).toBe(404);
    const changed = await rest('PUT', '/company', { token: recruiter.token, body: { location: 'Rotterdam', size: '11-50' } });
    expect(changed.status).toBe(200);
    expect((await rest('GET', `/companies/${job.company.slug}`)).body).toMatchObject({ location: 'Rotterdam', size: '11-50' });
    expect((await rest('PUT', '/company', { token: recruiter.token, body: { size: 'huge' } })).body.error.fields).toHaveProperty('size');
    expect((await rest('PUT', '/company', { token: candidate.token, body: { location: 'x' } })).status).toBe(403);

    const faceted = await rest('GET', '/jobs?q=crane&facets=true');
    expect(faceted.status).toBe(200);
    expect(faceted.body.facets.remote_option).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'onsite', count: expect.any(Number) })]));
    expect(faceted.body.facets).toHaveProperty('employment_type');
    expect((await rest('GET', '/jobs?q=crane')).body.facets ?? null).toBeNull();

    expect((await rest('PUT', `/saved-jobs/${job.id}`, { token: candidate.token })).body).toEqual({ job_id: job.id, saved: true });
    const saved = await rest('GET', '/saved-jobs', { token: candidate.token });
    expect(saved.body).toMatchObject({ saved_jobs: [{ id: job.id, open: true, remote_option: 'onsite' }], pagination: { total_count: 1 } });
    expect(saved.body.saved_jobs[0].saved_at).toMatch(/^\d{4}-/);
    expect((await rest('DELETE', `/saved-jobs/${job.id}`, { token: candidate.token })).body).toEqual({ job_id: job.id, saved: false });
    expect((await rest('PUT', `/saved-jobs/${randomUUID()}`, { token: candidate.token })).status).toBe(404);
    expect((await rest('GET', '/saved-jobs', { token: recruiter.token })).status).toBe(403);

    const alert = await rest('POST', '/alerts', { token: candidate.token, body: { name: 'Cranes', filters: { q: 'crane', remote_option: ['onsite'] }, frequency: 'weekly' } });
    expect(alert).toMatchObject({ status: 200, body: { name: 'Cranes', frequency: 'weekly', active: true, filters: { q: 'crane', remote_option: ['onsite'] } } });
    const badFilter = await rest('POST', '/alerts', { token: candidate.token, body: { name: 'Moon', filters: { remote_option: ['moon'] } } });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.error.fields).toHaveProperty('remote_option');
    const paused = await rest('PUT', `/alerts/${alert.body.id}`, { token: candidate.token, body: { active: false } });
    expect(paused.body).toMatchObject({ id: alert.body.id, active: false });
    expect((await rest('GET', '/alerts', { token: candidate.token })).body.alerts).toHaveLength(1);
    const other = await registerAndLogin('candidate');
    expect((await rest('DELETE', `/alerts/${alert.body.id}`, { token: other.token })).status).toBe(404);
    expect((await rest('DELETE', `/alerts/${alert.body.id}`, { token: candidate.token })).body).toEqual({ id: alert.body.id, deleted: true });
  });

  it('the candidate\'s profile and resumes: read, change, upload (multipart), make primary, delete', async () => {
    const candidate = await registerAndLogin('candidate');
    const profile = await rest('GET', '/profile', { token: candidate.token });
    expect(profile).toMatchObject({ status: 200, body: { first_name: 'Ada', last_name: 'Lovelace' } });
    const updated = await rest('PUT', '/profile', {
      token: candidate.token,
      body: { headline: 'Crane operator', years_experience: 6, remote_preference: 'onsite', links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/ada' }] },
    });
    expect(updated).toMatchObject({ status: 200, body: { headline: 'Crane operator', years_experience: 6, remote_preference: 'onsite' } });
    const wrong = await rest('PUT', '/profile', { token: candidate.token, body: { salary_min: 90000, salary_max: 50000 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('salary_max');

    const first = await uploadResume(candidate.token);
    const list = await rest('GET', '/resumes', { token: candidate.token });
    expect(list.body.resumes).toEqual([expect.objectContaining({ id: first.id, is_primary: true, filename: 'cv.txt', format: 'txt' })]);
    const one = await rest('GET', `/resumes/${first.id}`, { token: candidate.token });
    expect(one).toMatchObject({ status: 200, body: { id: first.id } });
    expect((await rest('PUT', `/resumes/${first.id}/primary`, { token: candidate.token })).status).toBe(200);
    const other = await registerAndLogin('candidate');
    expect((await rest('GET', `/resumes/${first.id}`, { token: other.token })).status).toBe(404);
    expect((await rest('DELETE', `/resumes/${first.id}`, { token: candidate.token })).status).toBe(200);
    expect((await rest('GET', '/resumes', { token: candidate.token })).body.resumes).toEqual([]);
  });
});

describe('/api/openapi.json', () => {
  it('every operation answers only what the document lists, as JSON, to nobody, a candidate and a recruiter', async () => {
    const doc = (await rest('GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[]; requestBody?: { content: Record<string, unknown> } }>>;
    };
    const callers = { nobody: undefined, candidate: (await registerAndLogin('candidate')).token, recruiter: (await registerAndLogin('recruiter')).token };
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // Path parameters get a well-formed id that names nothing; bodies are empty (each twin's rules answer).
        const url = path.replace(/\{[^}]+\}/g, (param) => (param === '{slug}' ? 'no-such-company' : randomUUID()));
        if (path === '/auth/logout' || path === '/auth/change-password') continue; // would end the callers' sessions
        for (const [who, token] of Object.entries(callers)) {
          const multipart = operation.requestBody?.content['multipart/form-data'] !== undefined;
          const body = method === 'get' || method === 'delete' || multipart ? undefined : {};
          const answer = await rest(method.toUpperCase(), url, { token, body });
          const listed = Object.keys(operation.responses);
          const what = `${method.toUpperCase()} ${path} as ${who}: ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 200)}`;
          expect(answer.status, what).toBeLessThan(500);
          expect(listed, what).toContain(String(answer.status));
          if (answer.status >= 400) expect(answer.body.error, what).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
          if (!token && operation.security?.length) expect(answer.status, what).toBe(401);
          checked.push(what);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(80);
  });
});
