// Resume files over real HTTP (the Fastify app, injected): each answer docs/profiles.md promises for
// POST /api/resumes (201, 409 with the existing id, 413, 415 by bytes whatever the name, 422 over MAX_RESUMES,
// 429 with Retry-After, 401/403), and GET /api/resumes/:id/file only to its owner with safe headers.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_RESUMES, RESUME_MAX_BYTES } from '@hotgigs/shared';
import { RESUME_UPLOADS_PER_ACCOUNT } from '../src/http/resume-files.ts';
import { useApi } from './helpers.ts';
import { goodDocx, goodPdf, goodTxt, HOSTILE_FILES } from './resume-files.ts';
import { buildWorld } from './world.ts';

const api = useApi();

function multipart(filename: string, bytes: Uint8Array, contentType = 'application/pdf') {
  const boundary = `----hotgigs${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function setUp() {
  const { db } = api.current.services;
  const world = await buildWorld(db, api.current.clock.now());
  const upload = (token: string | undefined, filename: string, bytes: Uint8Array, contentType?: string) => {
    const file = multipart(filename, bytes, contentType);
    return api.current.app.inject({
      method: 'POST',
      url: '/api/resumes',
      payload: file.payload,
      headers: { ...file.headers, ...(token && { authorization: `Bearer ${token}` }) },
    });
  };
  const download = (token: string | undefined, id: string) =>
    api.current.app.inject({ method: 'GET', url: `/api/resumes/${id}/file`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { db, world, upload, download, tokenA: world.users.candidateA.token, tokenB: world.users.candidateB.token };
}

/** A different, valid TXT resume each time (sha256 dedupe would refuse the same bytes twice). */
const variant = (n: number) => new TextEncoder().encode(`${new TextDecoder().decode(goodTxt())}Reference ${n}\n`);

describe('POST /api/resumes', () => {
  it('answers 201 at once with a pending resume; the first is primary, the next is not', async () => {
    const { upload, tokenA, db } = await setUp();
    const first = await upload(tokenA, 'Ann CV.docx', goodDocx());
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ filename: 'Ann CV.docx', format: 'docx', parse_status: 'pending', is_primary: true, size_bytes: goodDocx().length });
    const second = await upload(tokenA, 'cv.txt', goodTxt());
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ format: 'txt', is_primary: false });
    // Stored under a key the server made, never the user's name.
    const keys = await db.selectFrom('resumes').select('storage_key').execute();
    expect(keys.every((k) => /^resumes\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(docx|txt)$/.test(k.storage_key))).toBe(true);
  });

  it('decides the type by the bytes: a PDF named .txt with a wrong Content-Type is a PDF', async () => {
    const { upload, tokenA } = await setUp();
    const response = await upload(tokenA, 'resume.txt', goodPdf(), 'image/png');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ format: 'pdf' });
  });

  it.each(HOSTILE_FILES.filter((f) => f.outcome === 'refused'))('refuses $name with 415 and stores nothing', async (file) => {
    const { upload, tokenA, db } = await setUp();
    const response = await upload(tokenA, file.filename, file.bytes());
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toMatch(/PDF|Word|text/);
    expect(await db.selectFrom('resumes').select('id').execute()).toEqual([]);
  });

  it('answers 409 with the existing id for a file this candidate already uploaded, not for another candidate', async () => {
    const { upload, tokenA, tokenB } = await setUp();
    const first = (await upload(tokenA, 'cv.txt', goodTxt())).json();
    const again = await upload(tokenA, 'renamed.txt', goodTxt());
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'CONFLICT', existing_id: first.id } });
    expect((await upload(tokenB, 'cv.txt', goodTxt())).statusCode).toBe(201);
  });

  it('answers 413 over 10 MB', async () => {
    const { upload, tokenA, db } = await setUp();
    const big = new Uint8Array(RESUME_MAX_BYTES + 1024).fill(0x61);
    const response = await upload(tokenA, 'big.txt', big);
    expect(response.statusCode).toBe(413);
    expect(await db.selectFrom('resumes').select('id').execute()).toEqual([]);
  });

  it(`answers 422 over ${MAX_RESUMES} resumes`, async () => {
    const { upload, tokenA } = await setUp();
    for (let i = 0; i < MAX_RESUMES; i++) expect((await upload(tokenA, `cv-${i}.txt`, variant(i))).statusCode).toBe(201);
    const over = await upload(tokenA, 'one-more.txt', variant(99));
    expect(over.statusCode).toBe(422);
    expect(over.json().error.message).toContain(String(MAX_RESUMES));
  });

  it('answers 429 with Retry-After over the per-account rate limit', async () => {
    const { upload, tokenA, db } = await setUp();
    // Uploads that are refused count too: the limit protects the server, not the resume list.
    for (let i = 0; i < RESUME_UPLOADS_PER_ACCOUNT.limit; i++) await upload(tokenA, 'x.png', HOSTILE_FILES.find((f) => f.outcome === 'refused')!.bytes());
    const limited = await upload(tokenA, 'cv.txt', goodTxt());
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await db.selectFrom('resumes').select('id').execute()).toEqual([]);
  });

  it('answers 401 signed out and 403 for recruiters and admins', async () => {
    const { upload, world } = await setUp();
    expect((await upload(undefined, 'cv.txt', goodTxt())).statusCode).toBe(401);
    expect((await upload(world.users.recruiterX.token, 'cv.txt', goodTxt())).statusCode).toBe(403);
    expect((await upload(world.users.admin.token, 'cv.txt', goodTxt())).statusCode).toBe(403);
    expect((await upload(world.users.deactivated.token, 'cv.txt', goodTxt())).statusCode).toBe(401);
  });

  it('refuses a cookie-signed upload from another site', async () => {
    const { world } = await setUp();
    const file = multipart('cv.txt', goodTxt());
    const response = await api.current.app.inject({
      method: 'POST',
      url: '/api/resumes',
      payload: file.payload,
      headers: { ...file.headers, cookie: `hotgigs_session=${world.users.candidateA.token}`, origin: 'https://evil.example' },
    });
    expect([401, 403]).toContain(response.statusCode);
  });
});

describe('GET /api/resumes/:id/file', () => {
  it('gives the owner the file as an attachment with a safe name, its type and nosniff; another candidate gets 404', async () => {
    const { upload, download, tokenA, tokenB, world } = await setUp();
    const { id } = (await upload(tokenA, '../../etc/pa"ss\r\nwd<script>.docx', goodDocx())).json();
    const mine = await download(tokenA, id);
    expect(mine.statusCode).toBe(200);
    expect(Buffer.from(mine.rawPayload).equals(Buffer.from(goodDocx()))).toBe(true);
    expect(mine.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(mine.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[^"\\/\r\n]+\.docx"$/);
    expect(disposition).not.toMatch(/\.\.|<|\r|\n/);
    // To another candidate it does not exist; nor to recruiters and admins while it was not sent with an
    // application to their company (applications.db.test.ts covers the one that was).
    expect((await download(tokenB, id)).statusCode).toBe(404);
    for (const token of [world.users.recruiterX.token, world.users.admin.token]) expect((await download(token, id)).statusCode).toBe(404);
    expect((await download(undefined, id)).statusCode).toBe(401);
    expect((await download(tokenA, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await download(tokenA, 'not-an-id')).statusCode).toBe(404);
  });
});
