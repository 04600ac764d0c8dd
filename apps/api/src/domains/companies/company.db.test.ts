// Companies as people meet them: the public page with its open jobs, the profile its recruiters edit, and the
// logo, uploaded as a real multipart request and served with safe headers.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { makeJob } from '@hotgigs/db/fixtures';
import { sessionCookie } from '../../http/cookies.ts';
import { COMPANY_PAGE_JOBS } from './service.ts';
import { storageFor } from '../../storage/index.ts';
import { failure, shownMessage, useApi } from '../../../test/helpers.ts';
import { buildWorld } from '../../../test/world.ts';

const api = useApi();
const HOUR = 3_600_000;

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const as = (who: 'recruiterX' | 'recruiterY' | 'candidateA' | 'anonymous') =>
    api.current.call({ token: who === 'anonymous' ? undefined : world.users[who].token });
  return { db, world, as };
}

describe('company.get', () => {
  it('shows the profile and only the open jobs, newest first, with their count', async () => {
    const { db, world, as } = await setUp();
    await db
      .updateTable('companies')
      .set({ website: 'https://x.example', description: 'We weld.', location: 'Leeds, UK', size: '11-50' })
      .where('id', '=', world.companies.X)
      .execute();
    const newer = await makeJob(db, { company_id: world.companies.X, title: 'Newer', published_at: new Date(Date.now() - HOUR) });
    await makeJob(db, { company_id: world.companies.X, title: 'Paused', status: 'paused' });
    await makeJob(db, { company_id: world.companies.X, title: 'Past deadline', deadline: new Date(Date.now() - HOUR) });
    await makeJob(db, { company_id: world.companies.Y, title: 'Elsewhere' });

    const page = await (await as('anonymous')).company.get({ slug: 'Company-X' });
    expect(page).toMatchObject({
      id: world.companies.X,
      name: 'Company X',
      slug: 'company-x',
      website: 'https://x.example',
      description: 'We weld.',
      location: 'Leeds, UK',
      size: '11-50',
      logoUrl: null,
      openJobCount: 2,
    });
    // The world's published job is dated by the test clock, months before `newer`.
    expect(page.jobs.map((j) => j.title)).toEqual(['Newer', 'published job']);
    expect(page.jobs[0]).toMatchObject({ id: newer.id, company: { slug: 'company-x' } });
  });

  it(`lists the newest ${COMPANY_PAGE_JOBS} open jobs and counts them all`, async () => {
    const { db, world, as } = await setUp();
    for (let i = 0; i < COMPANY_PAGE_JOBS + 2; i++) {
      await makeJob(db, { company_id: world.companies.Y, title: `Job ${i}`, published_at: new Date(Date.now() - (i + 1) * HOUR) });
    }
    const page = await (await as('anonymous')).company.get({ slug: 'company-y' });
    expect(page.openJobCount).toBe(COMPANY_PAGE_JOBS + 2);
    expect(page.jobs).toHaveLength(COMPANY_PAGE_JOBS);
    expect(page.jobs[0]?.title).toBe('Job 0');
  });

  it('answers NOT_FOUND for an unknown company and BAD_REQUEST for something that is no company address', async () => {
    const { as } = await setUp();
    const anonymous = await as('anonymous');
    expect((await failure(anonymous.company.get({ slug: 'no-such-company' }))).code).toBe('NOT_FOUND');
    const error = await failure(anonymous.company.get({ slug: '../etc/passwd' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(shownMessage(error)).toBe('slug: Not a company address: lower-case letters, digits and dashes.');
  });
});

describe('company.update', () => {
  it("changes the fields given on the recruiter's own company, keeps its address, and audits it", async () => {
    const { db, world, as } = await setUp();
    const x = await as('recruiterX');
    const updated = await x.company.update({
      name: '  Xylophone Works  ',
      website: 'https://xylophone.example/about',
      description: 'We make xylophones.\n\nBy hand.',
      location: 'Bristol, UK',
      size: '51-200',
    });
    expect(updated).toMatchObject({
      name: 'Xylophone Works',
      slug: 'company-x',
      website: 'https://xylophone.example/about',
      description: 'We make xylophones.\n\nBy hand.',
      location: 'Bristol, UK',
      size: '51-200',
    });
    // Only what is given changes; "" and null clear a field.
    const cleared = await x.company.update({ website: '', location: null, size: null });
    expect(cleared).toMatchObject({ name: 'Xylophone Works', website: null, location: null, size: null, description: 'We make xylophones.\n\nBy hand.' });
    const audit = await db.selectFrom('audit_log').select(['action', 'actor_id', 'target_id', 'details']).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['company.updated', 'company.updated']);
    expect(audit[1]).toEqual({ action: 'company.updated', actor_id: world.users.recruiterX.id, target_id: world.companies.X, details: { fields: 'website,location,size' } });
  });

  it("puts a new name into the search vectors of the company's jobs", async () => {
    const { db, world, as } = await setUp();
    await (await as('recruiterX')).company.update({ name: 'Zeppelin Foundry' });
    const stale = await sql<{ id: string }>`
      select id from jobs j where j.company_id = ${world.companies.X} and j.search_vector <> hotgigs_job_search_vector(j)`.execute(db);
    expect(stale.rows).toEqual([]);
    const found = await sql<{ id: string }>`
      select id from jobs where search_vector @@ websearch_to_tsquery('english', 'zeppelin') order by id`.execute(db);
    expect(found.rows.map((r) => r.id).sort()).toEqual([world.jobs.publishedX, world.jobs.draftX].sort());
  });

  it.each([
    [{ name: '' }, 'name: Enter the company name.'],
    [{ name: 'x'.repeat(201) }, 'name: Use at most 200 characters.'],
    [{ website: 'javascript:alert(1)' }, 'website: Enter a web address starting with http:// or https://.'],
    [{ website: 'ftp://files.example' }, 'website: Enter a web address starting with http:// or https://.'],
    [{ website: 'https://' }, 'website: Enter a web address starting with http:// or https://.'],
    [{ description: 'x'.repeat(5001) }, 'description: Use at most 5000 characters.'],
    [{ size: 'huge' }, 'size: Pick one of 1-10, 11-50, 51-200, 201-1000, 1001-5000, 5000+.'],
    [{ slug: 'mine-now' }, 'Unrecognized key: "slug"'],
    [{ companyId: '00000000-0000-4000-8000-000000000000' }, 'Unrecognized key: "companyId"'],
  ])('answers %j with "%s"', async (input, message) => {
    const { as } = await setUp();
    const error = await failure((await as('recruiterX')).company.update(input as never));
    expect(error.code).toBe('BAD_REQUEST');
    expect(shownMessage(error)).toBe(message);
  });
});

// ---- logos over HTTP -------------------------------------------------------------------------------------------

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0'), Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);

function multipart(filename: string, contentType: string, bytes: Buffer) {
  const boundary = `----hotgigs${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(token: string | undefined, file = multipart('logo.png', 'image/png', PNG), extraHeaders: Record<string, string> = {}) {
  return api.current.app.inject({
    method: 'POST',
    url: '/api/company/logo',
    payload: file.payload,
    headers: { ...file.headers, ...(token && { authorization: `Bearer ${token}` }), ...extraHeaders },
  });
}

const logoKey = async (companyId: string) =>
  (await api.current.services.db.selectFrom('companies').select('logo_storage_key').where('id', '=', companyId).executeTakeFirstOrThrow()).logo_storage_key;

describe('company logo', () => {
  it('stores an uploaded PNG and serves it with its type, nosniff and cache headers', async () => {
    const { db, world, as } = await setUp();
    const res = await upload(world.users.recruiterX.token);
    expect(res.statusCode).toBe(200);
    const { logoUrl } = res.json<{ logoUrl: string }>();
    expect(logoUrl).toMatch(/^\/api\/companies\/company-x\/logo\?v=[0-9a-f]{12}$/);
    expect((await (await as('anonymous')).company.get({ slug: 'company-x' })).logoUrl).toBe(logoUrl);
    const job = await makeJob(db, { company_id: world.companies.X, title: 'With a logo' });
    expect((await (await as('anonymous')).job.byId({ id: job.id })).company.logoUrl).toBe(logoUrl);

    const served = await api.current.app.inject(logoUrl);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect(served.rawPayload.equals(PNG)).toBe(true);
    // A browser that has it already gets a 304.
    const again = await api.current.app.inject({ url: logoUrl, headers: { 'if-none-match': String(served.headers.etag) } });
    expect(again.statusCode).toBe(304);

    const audit = await db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'company.logo_changed').execute();
    expect(audit).toEqual([{ action: 'company.logo_changed', details: { type: 'image/png', bytes: PNG.length } }]);
  });

  it('replaces the logo and deletes the old file; removing it leaves nothing to serve', async () => {
    const { world } = await setUp();
    const storage = storageFor(api.current.services.env);
    await upload(world.users.recruiterX.token);
    const first = await logoKey(world.companies.X);
    expect(first).toMatch(new RegExp(`^company-logos/${world.companies.X}/[0-9a-f-]{36}\\.png$`));
    expect(await storage.get(first!)).toBeDefined();

    const replaced = await upload(world.users.recruiterX.token, multipart('photo.jpg', 'image/jpeg', JPEG));
    expect(replaced.statusCode).toBe(200);
    const second = await logoKey(world.companies.X);
    expect(second).toMatch(/\.jpg$/);
    expect(await storage.get(first!)).toBeUndefined();
    expect((await api.current.app.inject('/api/companies/company-x/logo')).headers['content-type']).toBe('image/jpeg');

    const removed = await api.current.app.inject({ method: 'DELETE', url: '/api/company/logo', headers: { authorization: `Bearer ${world.users.recruiterX.token}` } });
    expect(removed.json()).toEqual({ logoUrl: null });
    expect(await storage.get(second!)).toBeUndefined();
    const gone = await api.current.app.inject('/api/companies/company-x/logo');
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'This company has no logo.' } });
  });

  it.each([
    ['a text file named .png', multipart('logo.png', 'image/png', Buffer.from('just some text, honestly a logo')), 415, 'UNSUPPORTED_MEDIA_TYPE', 'A logo must be a PNG, JPEG or WebP image.'],
    ['an SVG (it can carry scripts)', multipart('logo.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')), 415, 'UNSUPPORTED_MEDIA_TYPE', 'A logo must be a PNG, JPEG or WebP image.'],
    ['a PDF', multipart('logo.png', 'image/png', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')), 415, 'UNSUPPORTED_MEDIA_TYPE', 'A logo must be a PNG, JPEG or WebP image.'],
    ['a 3 MB image', multipart('big.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)])), 413, 'PAYLOAD_TOO_LARGE', 'The logo is larger than 2 MB.'],
    ['an empty file', multipart('logo.png', 'image/png', Buffer.alloc(0)), 400, 'BAD_REQUEST', 'The file is empty.'],
  ])('refuses %s with %i and a JSON explanation, keeping the old logo', async (_what, file, status, code, message) => {
    const { world } = await setUp();
    await upload(world.users.recruiterX.token);
    const before = await logoKey(world.companies.X);
    const res = await upload(world.users.recruiterX.token, file);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message } });
    expect(await logoKey(world.companies.X)).toBe(before);
  });

  it('refuses two files in one request', async () => {
    const { world } = await setUp();
    const boundary = 'twofiles';
    const part = (name: string) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.png"\r\nContent-Type: image/png\r\n\r\n`), PNG, Buffer.from('\r\n')]);
    const payload = Buffer.concat([part('a'), part('b'), Buffer.from(`--${boundary}--\r\n`)]);
    const res = await upload(world.users.recruiterX.token, { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'BAD_REQUEST', message: 'Send one file, the logo, and nothing else.' } });
  });

  it('refuses a request that is not multipart with 415', async () => {
    const { world } = await setUp();
    const res = await api.current.app.inject({
      method: 'POST',
      url: '/api/company/logo',
      payload: PNG,
      headers: { authorization: `Bearer ${world.users.recruiterX.token}`, 'content-type': 'image/png' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  it('lets only signed-in recruiters upload, and cookies only from our own pages', async () => {
    const { world } = await setUp();
    const cookie = (token: string) => ({ cookie: `${sessionCookie(api.current.services.env).name}=${token}` });
    const file = () => multipart('logo.png', 'image/png', PNG);
    expect((await upload(undefined)).statusCode).toBe(401);
    expect((await upload('not-a-session.token')).statusCode).toBe(401);
    expect((await upload(world.users.candidateA.token)).json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Only a company’s recruiters can change its logo.' } });
    expect((await upload(world.users.deactivated.token)).statusCode).toBe(401);
    const crossSite = await upload(undefined, file(), { ...cookie(world.users.recruiterX.token), 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Cross-site requests may not change anything.' } });
    expect(await logoKey(world.companies.X)).toBeNull();
    const sameSite = await upload(undefined, file(), { ...cookie(world.users.recruiterX.token), 'sec-fetch-site': 'same-origin' });
    expect(sameSite.statusCode).toBe(200);
    // Recruiter Y's upload lands on company Y, whatever they try.
    await upload(world.users.recruiterY.token);
    expect(await logoKey(world.companies.Y)).toMatch(new RegExp(`^company-logos/${world.companies.Y}/`));
  });

  it('limits uploads per account, answering 429 with Retry-After', async () => {
    const { world } = await setUp();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 21; i++) {
      last = await upload(world.users.recruiterX.token);
      statuses.push(last.statusCode);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(last!.statusCode).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers 404 for the logo of an unknown company or a malformed address', async () => {
    await setUp();
    expect((await api.current.app.inject('/api/companies/nobody/logo')).statusCode).toBe(404);
    expect((await api.current.app.inject('/api/companies/..%2F..%2Fetc/logo')).statusCode).toBe(404);
  });
});
