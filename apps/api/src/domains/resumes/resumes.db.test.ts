// Resumes end to end: uploads over real HTTP (every status of docs/profiles.md), the owner-only download, the
// parse queue's claims and retries on the real database, the worker pool with hostile files, the merge rules
// of applyToProfile, and deletion with its stored file.
import { MAX_RESUMES, RESUME_MAX_BYTES } from '@hotgigs/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../../../../packages/ai/src/extract/zip-writer.test-support.ts';
import { failure, useApi } from '../../../test/helpers.ts';
import { buildWorld, type World } from '../../../test/world.ts';
import { claimNext, retryOrFail } from '../../platform/queue.ts';
import { consumeRateLimit } from '../../platform/rate-limit.ts';
import { RESUME_UPLOADS_PER_ACCOUNT } from '../../http/resume-files.ts';
import { createParsePool, TOO_SLOW_MESSAGE, type ParsePool } from './parse-pool.ts';
import { parseClaimed, resumeQueueTable } from './parse-queue.ts';

const api = useApi();
let base = '';

beforeAll(async () => {
  base = await api.current.app.listen({ host: '127.0.0.1', port: 0 });
});

const RESUME_TXT = `Jane Doe
jane.doe@example.com · +1 555 0100 · Springfield

Experience
Welder, Acme Metalworks, 2019 - Present
- Cut rework by 30% on pipe joints

Skills
Welding, TIG, Blueprint reading
`;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const DOC_XML =
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p></w:body></w:document>';

async function world(): Promise<World> {
  return buildWorld(api.current.services.db, api.current.clock.now());
}

function upload(token: string | undefined, bytes: Uint8Array | string, name = 'cv.txt', type = 'text/plain') {
  const form = new FormData();
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name);
  return fetch(`${base}/api/resumes`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

const download = (token: string | undefined, id: string) =>
  fetch(`${base}/api/resumes/${id}/file`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('POST /api/resumes', () => {
  it('stores a resume and answers 201 at once, pending; the first one is primary; the same file again is 409 naming it', async () => {
    const w = await world();
    const first = await upload(w.users.candidateA.token, RESUME_TXT, '../../etc/My CV "final".txt');
    expect(first.status).toBe(201);
    const body = (await first.json()) as { id: string; parseStatus: string; isPrimary: boolean; filename: string; format: string };
    expect(body).toMatchObject({ parseStatus: 'pending', isPrimary: true, format: 'txt' });
    // Display only, and without the path or quotes.
    expect(body.filename).toContain('My CV');
    expect(body.filename).not.toMatch(/[/\\"]|\.\./);
    const row = await api.current.services.db.selectFrom('resumes').select(['storage_key', 'sha256']).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.storage_key).toMatch(/^resumes\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.txt$/);
    expect(await api.current.services.storage.get(row.storage_key)).toEqual(new Uint8Array(Buffer.from(RESUME_TXT)));

    const again = await upload(w.users.candidateA.token, RESUME_TXT, 'other-name.txt');
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'CONFLICT', existingId: body.id });

    // Another candidate may upload the same bytes: dedupe is per candidate.
    expect((await upload(w.users.candidateB.token, RESUME_TXT)).status).toBe(201);
    const second = (await (await upload(w.users.candidateA.token, `${RESUME_TXT}\nReferences on request\n`)).json()) as { isPrimary: boolean };
    expect(second.isPrimary).toBe(false);
  });

  it('decides the type by the bytes: a PNG named .pdf and sent as application/pdf is 415', async () => {
    const w = await world();
    const res = await upload(w.users.candidateA.token, PNG, 'resume.pdf', 'application/pdf');
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('PDF') });
    expect(await api.current.services.db.selectFrom('resumes').select('id').execute()).toEqual([]);
  });

  it('refuses a file over 10 MB with 413, and the server keeps answering', async () => {
    const w = await world();
    const res = await upload(w.users.candidateA.token, 'a'.repeat(RESUME_MAX_BYTES + 1));
    expect(res.status).toBe(413);
    expect((await res.json()) as { message: string }).toMatchObject({ error: 'PAYLOAD_TOO_LARGE' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it(`refuses more than ${MAX_RESUMES} resumes with 422`, async () => {
    const w = await world();
    const candidateId = await candidateIdOf(w, 'candidateA');
    for (let i = 0; i < MAX_RESUMES; i++) await insertResume(candidateId, { sha256: String(i).padStart(64, '0') });
    const res = await upload(w.users.candidateA.token, RESUME_TXT);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'TOO_MANY_RESUMES', message: expect.stringContaining(String(MAX_RESUMES)) });
  });

  it('limits uploads per account: 429 with Retry-After', async () => {
    const w = await world();
    const now = api.current.clock.now();
    for (let i = 0; i < RESUME_UPLOADS_PER_ACCOUNT.limit; i++) await consumeRateLimit(api.current.services.db, RESUME_UPLOADS_PER_ACCOUNT, w.users.candidateA.id, now);
    const res = await upload(w.users.candidateA.token, RESUME_TXT);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account is not limited by A's uploads.
    expect((await upload(w.users.candidateB.token, RESUME_TXT)).status).toBe(201);
  });

  it('is for signed-in candidates only: 401 anonymous, 403 recruiters and admins', async () => {
    const w = await world();
    expect((await upload(undefined, RESUME_TXT)).status).toBe(401);
    expect((await upload(w.users.deactivated.token, RESUME_TXT)).status).toBe(401);
    expect((await upload(w.users.recruiterX.token, RESUME_TXT)).status).toBe(403);
    expect((await upload(w.users.admin.token, RESUME_TXT)).status).toBe(403);
  });

  it('refuses a cross-site browser upload (cookie without same origin)', async () => {
    const w = await world();
    const form = new FormData();
    form.append('file', new Blob([RESUME_TXT]), 'cv.txt');
    const res = await fetch(`${base}/api/resumes`, {
      method: 'POST',
      body: form,
      headers: { cookie: `hotgigs_session=${w.users.candidateA.token}`, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(await api.current.services.db.selectFrom('resumes').select('id').execute()).toEqual([]);
  });
});

describe('GET /api/resumes/:id/file', () => {
  it('gives the file to its owner only, as an attachment with a safe name; anyone else gets 404 or 401/403', async () => {
    const w = await world();
    const created = (await (await upload(w.users.candidateA.token, RESUME_TXT, 'Jäne\r\nDoe"; x=y.txt')).json()) as { id: string };
    const res = await download(w.users.candidateA.token, created.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._ -]+\.txt"$/);
    expect(await res.text()).toBe(RESUME_TXT);

    expect((await download(w.users.candidateB.token, created.id)).status).toBe(404);
    expect((await download(w.users.candidateA.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(w.users.candidateA.token, 'not-an-id')).status).toBe(404);
    expect((await download(undefined, created.id)).status).toBe(401);
    expect((await download(w.users.recruiterX.token, created.id)).status).toBe(403);
    expect((await download(w.users.admin.token, created.id)).status).toBe(403);
  });
});

describe('the parse queue', () => {
  const q = resumeQueueTable(20_000);

  it('never gives one row to two claimers', async () => {
    const w = await world();
    const candidateId = await candidateIdOf(w, 'candidateA');
    for (let i = 0; i < 5; i++) await insertResume(candidateId, { sha256: String(i).padStart(64, '0'), parse_status: 'pending' });
    const now = api.current.clock.now();
    const claims = await Promise.all(Array.from({ length: 12 }, () => claimNext(api.current.services.db, q, now)));
    const ids = claims.filter((c) => c !== undefined).map((c) => c.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(await claimNext(api.current.services.db, q, now)).toBeUndefined();
  });

  it('retries a failed job with backoff up to 3 attempts, then fails it with the reason; a lapsed claim is taken again', async () => {
    const w = await world();
    const candidateId = await candidateIdOf(w, 'candidateA');
    const id = await insertResume(candidateId, { parse_status: 'pending' });
    const { db } = api.current.services;
    const clock = api.current.clock;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const claim = await claimNext(db, q, clock.now());
      expect(claim).toEqual({ id, attempts: attempt });
      // Not due again until its backoff has passed.
      const outcome = await retryOrFail(db, q, claim!, 'the parser broke', clock.now());
      expect(outcome).toBe(attempt < 3 ? 'retry' : 'failed');
      if (attempt < 3) {
        expect(await claimNext(db, q, clock.now())).toBeUndefined();
        clock.advance(q.backoffMs(attempt) + 1);
      }
    }
    expect(await db.selectFrom('resumes').select(['parse_status', 'parse_error']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({
      parse_status: 'failed',
      parse_error: 'the parser broke',
    });

    // A process that died mid-job: its lease lapses and the row is claimed again.
    const other = await insertResume(candidateId, { parse_status: 'pending', sha256: 'e'.repeat(64) });
    expect((await claimNext(db, q, clock.now()))?.id).toBe(other);
    expect(await claimNext(db, q, clock.now())).toBeUndefined();
    clock.advance(q.leaseMs + 1);
    expect(await claimNext(db, q, clock.now())).toEqual({ id: other, attempts: 2 });
  });

  describe('with the worker pool', () => {
    let pool: ParsePool;
    beforeAll(() => {
      pool = createParsePool({ size: 1, timeoutMs: 20_000, skills: [{ id: 'welding', name: 'Welding', aliases: ['weld'] }] });
    });
    afterAll(async () => {
      await pool.close();
    });

    async function uploadAndParse(bytes: Uint8Array | string, name: string) {
      const w = await world();
      const res = await upload(w.users.candidateA.token, bytes, name, 'application/octet-stream');
      if (res.status !== 201) return { status: res.status, row: undefined };
      const { id } = (await res.json()) as { id: string };
      const claim = await claimNext(api.current.services.db, q, api.current.clock.now());
      expect(claim?.id).toBe(id);
      await parseClaimed(api.current.services, pool, q, claim!);
      const row = await api.current.services.db.selectFrom('resumes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return { status: 201, row };
    }

    it.each([
      ['a DOCX zip bomb (declared unpacked size)', () => writeZip([{ name: 'word/document.xml', data: DOC_XML }, { name: 'word/big.xml', data: 'x', declaredSize: 60 * 1024 * 1024 }]), 'cv.docx', /too much data/],
      ['a DOCX zip bomb (1000:1)', () => writeZip([{ name: 'word/document.xml', data: DOC_XML }, { name: 'word/a.xml', data: 'a'.repeat(20_000_000), deflate: true }]), 'cv.docx', /too much data/],
      ['a damaged DOCX', () => writeZip([{ name: 'word/document.xml', data: 'not xml <<<' }]), 'cv.docx', /damaged/],
    ])('%s fails at once with its reason, and the server keeps answering', async (_label, make, name, reason) => {
      const { status, row } = await uploadAndParse(make(), name);
      if (status === 415) return; // refused at the door is as good
      expect(status).toBe(201);
      expect(row).toMatchObject({ parse_status: 'failed', attempts: 1 });
      expect(row!.parse_error).toMatch(reason);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('reads a text resume in the worker: the text is kept for the review', async () => {
      const { row } = await uploadAndParse(RESUME_TXT, 'cv.txt');
      // Parsed once @hotgigs/ai's parser is there; until then the attempt is retried, never failed as the file's fault.
      if (row!.parse_status === 'parsed') {
        expect(row!.extracted_text).toContain('Jane Doe');
        expect(row!.parsed_data).toMatchObject({ email: { value: 'jane.doe@example.com' } });
        expect(row!.quality_score).toBeGreaterThanOrEqual(0);
      } else {
        expect(row).toMatchObject({ parse_status: 'pending', parse_error: null });
      }
    });

    it('replaces a worker that takes too long, and that file fails with "took too long to read"', async () => {
      const slow = createParsePool({ size: 1, timeoutMs: 100, skills: [] });
      try {
        // The worker cannot even start (tsx, @hotgigs/ai) within 100 ms, let alone read the file.
        const outcome = await slow.parse(new TextEncoder().encode(RESUME_TXT), new Date());
        expect(outcome).toEqual({ ok: false, final: true, message: TOO_SLOW_MESSAGE });
        expect(slow.replaced).toBe(1);
      } finally {
        await slow.close();
      }
    });
  });
});

describe('resume procedures', () => {
  it('delete removes the stored file; deleting the primary promotes the newest other one', async () => {
    const w = await world();
    const a = (await (await upload(w.users.candidateA.token, RESUME_TXT)).json()) as { id: string };
    api.current.clock.advance(1000);
    const b = (await (await upload(w.users.candidateA.token, `${RESUME_TXT} v2`)).json()) as { id: string };
    api.current.clock.advance(1000);
    const c = (await (await upload(w.users.candidateA.token, `${RESUME_TXT} v3`)).json()) as { id: string };
    const { db, storage } = api.current.services;
    const keyOf = async (id: string) => (await db.selectFrom('resumes').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;
    const keyA = await keyOf(a.id);
    const caller = await api.current.call({ token: w.users.candidateA.token });
    expect((await caller.resume.list()).map((r) => [r.id, r.isPrimary])).toEqual([
      [c.id, false],
      [b.id, false],
      [a.id, true],
    ]);
    await caller.resume.delete({ id: a.id });
    expect(await storage.get(keyA)).toBeUndefined();
    expect((await caller.resume.list()).map((r) => [r.id, r.isPrimary])).toEqual([
      [c.id, true],
      [b.id, false],
    ]);
    await caller.resume.setPrimary({ id: b.id });
    expect((await caller.resume.list()).map((r) => r.isPrimary)).toEqual([false, true]);
    const other = await api.current.call({ token: w.users.candidateB.token });
    expect((await failure(other.resume.delete({ id: b.id }))).code).toBe('NOT_FOUND');
  });

  it('reparse puts a failed resume back in the queue with fresh attempts', async () => {
    const w = await world();
    const id = await insertResume(await candidateIdOf(w, 'candidateA'), { parse_status: 'failed', parse_error: 'broke', attempts: 3 });
    const caller = await api.current.call({ token: w.users.candidateA.token });
    expect(await caller.resume.reparse({ id })).toMatchObject({ parseStatus: 'pending', parseError: null });
    expect(await claimNext(api.current.services.db, resumeQueueTable(20_000), api.current.clock.now())).toEqual({ id, attempts: 1 });
  });

  it('applyToProfile takes only the named fields, merges lists without duplicates and adds skills with source resume', async () => {
    const w = await world();
    const { db } = api.current.services;
    const candidateId = await candidateIdOf(w, 'candidateA');
    const [welding, tig] = await Promise.all(
      ['welding', 'tig-welding'].map(async (slug) => (await db.insertInto('skills').values({ slug, name: slug, category: 'craft' }).returning('id').executeTakeFirstOrThrow()).id),
    );
    await db
      .updateTable('candidates')
      .set({ headline: 'Typed by me', languages: JSON.stringify(['English']), experience: JSON.stringify([{ title: 'Welder', company: 'Acme', location: null, start: '2019-01', end: null, current: true, bullets: [] }]) })
      .where('id', '=', candidateId)
      .execute();
    await db.insertInto('candidate_skills').values({ candidate_id: candidateId, skill_id: welding!, proficiency: 5, source: 'self' }).execute();
    const parsed = {
      name: { value: 'Jane Q Doe', confidence: 0.9 },
      email: { value: 'jane@example.com', confidence: 1 },
      phone: { value: '+1 555 0100', confidence: 0.9 },
      location: null,
      headline: { value: 'Parsed headline', confidence: 0.8 },
      summary: { value: 'Parsed summary', confidence: 0.8 },
      links: [],
      experience: [
        { value: { title: 'Welder', company: 'Acme', location: null, start: '2019-01', end: null, current: true, bullets: [] }, confidence: 0.9 },
        { value: { title: 'Apprentice', company: 'Forge Co', location: 'Springfield', start: '2016-09', end: '2018-12', current: false, bullets: ['Learned TIG'] }, confidence: 0.8 },
      ],
      education: [],
      skills: [
        { skillId: 'welding', name: 'Welding', matchedText: 'welding', via: 'name', inSkillsSection: true, confidence: 0.9 },
        { skillId: 'tig-welding', name: 'TIG welding', matchedText: 'TIG', via: 'alias', inSkillsSection: true, confidence: 0.8 },
      ],
      unmatchedSkills: [],
      languages: [{ value: 'english', confidence: 0.8 }, { value: 'Spanish', confidence: 0.8 }],
      certifications: [],
      totalYearsExperience: { value: 9.6, confidence: 0.7 },
      sections: [],
    };
    const id = await insertResume(candidateId, { parse_status: 'parsed', parsed_data: JSON.stringify(parsed) });
    const caller = await api.current.call({ token: w.users.candidateA.token });
    const profile = (await caller.resume.applyToProfile({ id, fields: ['experience', 'languages', 'skills', 'summary'] })) as unknown as {
      headline: string | null;
      summary: string | null;
      firstName: string;
      experience: { title: string }[];
      languages: string[];
      skills: { slug: string; proficiency: number | null; source: string }[];
    };
    // Not asked: untouched. Asked: the scalar is replaced, lists merged.
    expect(profile.headline).toBe('Typed by me');
    expect(profile.firstName).toBe('candidateA');
    expect(profile.summary).toBe('Parsed summary');
    expect(profile.experience.map((e) => e.title)).toEqual(['Welder', 'Apprentice']);
    expect(profile.languages).toEqual(['English', 'Spanish']);
    // The skill the candidate set keeps its proficiency and source; the new one comes from the resume.
    expect(profile.skills.map((s) => [s.slug, s.proficiency, s.source]).sort()).toEqual([
      ['tig-welding', null, 'resume'],
      ['welding', 5, 'self'],
    ]);
    expect(tig).toBeTruthy();
    // A skill the resume did not name is a field error naming it.
    const error = await failure(caller.resume.applyToProfile({ id, fields: ['skills'], skillSlugs: ['plumbing'] }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('"plumbing"');
    // A resume not read yet cannot be applied.
    const pending = await insertResume(candidateId, { sha256: '9'.repeat(64) });
    expect((await failure(caller.resume.applyToProfile({ id: pending, fields: ['name'] }))).code).toBe('BAD_REQUEST');
  });
});

async function candidateIdOf(w: World, who: 'candidateA' | 'candidateB'): Promise<string> {
  return (await api.current.services.db.selectFrom('candidates').select('id').where('user_id', '=', w.users[who].id).executeTakeFirstOrThrow()).id;
}

let counter = 0;
async function insertResume(candidateId: string, values: Record<string, unknown> = {}): Promise<string> {
  counter++;
  const row = await api.current.services.db
    .insertInto('resumes')
    .values({
      candidate_id: candidateId,
      original_filename: 'cv.txt',
      storage_key: `resumes/test/${counter}-${Date.now()}.txt`,
      size_bytes: 10,
      format: 'txt',
      sha256: 'a'.repeat(63) + (counter % 10),
      run_after: api.current.clock.now(),
      created_at: new Date(api.current.clock.now().getTime() + counter),
      ...values,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
