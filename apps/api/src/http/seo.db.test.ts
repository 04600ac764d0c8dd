// What search engines get: job pages with their title, description and JobPosting JSON-LD in the HTML, a 404
// for jobs that are not listed, the sitemap of listed jobs, and robots.txt.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCompany, makeJob } from '@hotgigs/db/fixtures';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { buildServer } from './server.ts';
import { injectHead, serializeJsonLd } from './seo.ts';
import { servicesFor, testEnv } from '../../test/helpers.ts';

const database = useTestDatabase();
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// The shape of the web app's built index.html.
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Hotgigs: an open-source job portal." />
    <title>Hotgigs</title>
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

function webDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'hotgigs-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  return dist;
}

async function server(overrides: Record<string, string> = {}) {
  app = await buildServer(servicesFor(database.current.db, testEnv({ WEB_DIST_DIR: webDist(), PUBLIC_URL: 'https://jobs.example.org', ...overrides })));
  return app;
}

const HOSTILE = '</script><script>alert(1)</script>';

/** The JSON-LD blocks of a page, parsed: a block can only end at the real closing tag. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  const all = [...html.matchAll(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`, 'g'))];
  expect(all.length).toBeLessThanOrEqual(1);
  return all[0]?.[1];
}

async function makeSearchableCompany() {
  return makeCompany(database.current.db, { name: 'Northwind & Co', slug: 'northwind', website: 'https://northwind.example', location: 'Lyon, France' });
}

describe('GET /jobs/:id', () => {
  it('serves the app with the job title, description, canonical link, Open Graph tags and JobPosting JSON-LD', async () => {
    const company = await makeSearchableCompany();
    const job = await makeJob(database.current.db, {
      company_id: company.id,
      title: 'Senior "Platform" Engineer',
      description: '<p>Run our <strong>platform</strong> & tooling.</p><p>' + 'More words here. '.repeat(20) + '</p>',
      requirements: 'Five years of Go.',
      location: 'Austin, TX, USA',
      remote: 'hybrid',
      employment_type: 'contract',
      salary_min: 90,
      salary_max: 120,
      salary_currency: 'USD',
      salary_period: 'hour',
      published_at: new Date('2026-05-01T09:00:00Z'),
      deadline: new Date('2099-01-31T23:59:59Z'),
    });
    const res = await (await server()).inject(`/jobs/${job.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const html = res.body;
    // Still the web app, which renders the page.
    expect(html).toContain('<div id="root"></div>');
    expect(html).toContain('src="/assets/index-abc123.js"');
    expect(html).toContain('<title>Senior &quot;Platform&quot; Engineer at Northwind &amp; Co | Hotgigs</title>');
    expect(html).not.toContain('<title>Hotgigs</title>');
    const description = metaContent(html, 'name', 'description')!;
    expect(description.startsWith('Run our platform &amp; tooling. More words here.')).toBe(true);
    expect(description.replace(/&amp;/g, '&').length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    expect(html).toContain(`<link rel="canonical" href="https://jobs.example.org/jobs/${job.id}" />`);
    expect(metaContent(html, 'property', 'og:title')).toBe('Senior &quot;Platform&quot; Engineer at Northwind &amp; Co');
    expect(metaContent(html, 'property', 'og:url')).toBe(`https://jobs.example.org/jobs/${job.id}`);
    expect(metaContent(html, 'property', 'og:description')).toBe(description);

    expect(jsonLd(html)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Senior "Platform" Engineer',
        description: expect.stringContaining('<p>Run our <strong>platform</strong> &amp; tooling.</p>'),
        url: `https://jobs.example.org/jobs/${job.id}`,
        identifier: { '@type': 'PropertyValue', name: 'Northwind & Co', value: job.id },
        datePosted: '2026-05-01T09:00:00.000Z',
        validThrough: '2099-01-31T23:59:59.000Z',
        employmentType: 'CONTRACTOR',
        hiringOrganization: { '@type': 'Organization', name: 'Northwind & Co', sameAs: 'https://northwind.example' },
        jobLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'USA' },
        },
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'USD',
          value: { '@type': 'QuantitativeValue', minValue: 90, maxValue: 120, unitText: 'HOUR' },
        },
        directApply: false,
      },
    ]);
    expect(jsonLd(html)[0]!.description).toContain('<h3>Requirements</h3>\n<p>Five years of Go.</p>');
  });

  it.each([
    ['full_time', 'FULL_TIME'],
    ['part_time', 'PART_TIME'],
    ['temporary', 'TEMPORARY'],
    ['internship', 'INTERN'],
  ] as const)('maps the employment type %s to %s', async (type, schemaType) => {
    const company = await makeSearchableCompany();
    const job = await makeJob(database.current.db, { company_id: company.id, employment_type: type });
    expect(jsonLd((await (await server()).inject(`/jobs/${job.id}`)).body)[0]!.employmentType).toBe(schemaType);
  });

  it('describes a remote job as telecommuting, with where applicants may live', async () => {
    const company = await makeSearchableCompany();
    const job = await makeJob(database.current.db, { company_id: company.id, remote: 'remote', location: 'Germany', salary_min: 70_000, salary_period: 'year' });
    const [posting] = jsonLd((await (await server()).inject(`/jobs/${job.id}`)).body);
    expect(posting).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'Germany' },
      baseSalary: { value: { '@type': 'QuantitativeValue', minValue: 70_000, unitText: 'YEAR' } },
    });
    expect(posting).not.toHaveProperty('jobLocation');
    expect(posting).not.toHaveProperty('validThrough');
    expect((posting!.baseSalary as { value: object }).value).not.toHaveProperty('maxValue');
  });

  it('keeps a title that tries to close the script inside the JSON and the text', async () => {
    const company = await makeCompany(database.current.db, { name: `Evil ${HOSTILE}` });
    const job = await makeJob(database.current.db, { company_id: company.id, title: HOSTILE, description: `<p>${HOSTILE.replace(/</g, '&lt;')}</p>` });
    const html = (await (await server()).inject(`/jobs/${job.id}`)).body;
    expect(html).not.toContain('<script>alert(1)');
    // The only script elements are the app's and the JSON-LD.
    expect(html.match(/<script/g)).toHaveLength(2);
    const [posting] = jsonLd(html);
    expect(posting!.title).toBe(HOSTILE);
    expect(posting!.hiringOrganization).toMatchObject({ name: `Evil ${HOSTILE}` });
    expect(html).toContain(`<title>${'&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'} at Evil`);
  });

  it.each([
    ['a job that does not exist', async () => '00000000-0000-4000-8000-000000000000'],
    ['a draft', async (companyId: string) => (await makeJob(database.current.db, { company_id: companyId, status: 'draft', published_at: null })).id],
    ['a closed job', async (companyId: string) => (await makeJob(database.current.db, { company_id: companyId, status: 'closed' })).id],
    ['a job past its deadline', async (companyId: string) => (await makeJob(database.current.db, { company_id: companyId, deadline: new Date(Date.now() - 60_000) })).id],
    ['something that is not a job id', async () => 'not-a-job'],
  ])('answers %s with the app (its not-found page), status 404 and noindex', async (_what, idOf) => {
    const company = await makeSearchableCompany();
    const res = await (await server()).inject(`/jobs/${await idOf(company.id)}`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<div id="root"></div>');
    expect(res.body).toContain('<meta name="robots" content="noindex" />');
    expect(jsonLd(res.body)).toEqual([]);
  });

  it('leaves the other pages to the app', async () => {
    const app = await server();
    for (const path of ['/', '/jobs', '/account/alerts', '/jobs/abc/apply']) {
      const res = await app.inject(path);
      expect([path, res.statusCode]).toEqual([path, 200]);
      expect(res.body).toBe(INDEX_HTML);
    }
  });
});

describe('GET /sitemap.xml', () => {
  it('lists the home page, the job list and every listed job, and nothing else', async () => {
    const { db } = database.current;
    const company = await makeSearchableCompany();
    const older = await makeJob(db, { company_id: company.id, published_at: new Date('2026-05-01T00:00:00Z') });
    const newer = await makeJob(db, { company_id: company.id, published_at: new Date('2026-05-02T00:00:00Z') });
    await makeJob(db, { company_id: company.id, status: 'draft', published_at: null });
    await makeJob(db, { company_id: company.id, status: 'paused' });
    await makeJob(db, { company_id: company.id, status: 'closed' });
    await makeJob(db, { company_id: company.id, deadline: new Date(Date.now() - 60_000) });
    const res = await (await server()).inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect([...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://jobs.example.org/',
      'https://jobs.example.org/jobs',
      `https://jobs.example.org/jobs/${newer.id}`,
      `https://jobs.example.org/jobs/${older.id}`,
    ]);
    expect(res.body).toContain(`<loc>https://jobs.example.org/jobs/${newer.id}</loc><lastmod>${newer.updated_at.toISOString()}</lastmod>`);
    expect(res.body.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('is served without the web app too, with the local address when PUBLIC_URL is not set', async () => {
    const noApp = mkdtempSync(join(tmpdir(), 'hotgigs-no-web-'));
    app = await buildServer(servicesFor(database.current.db, testEnv({ WEB_DIST_DIR: noApp, PORT: '4321' })));
    const res = await app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<loc>http://localhost:4321/jobs</loc>');
    // Without the app there is no page to put a job's tags into.
    expect((await app.inject('/jobs/00000000-0000-4000-8000-000000000000')).json()).toMatchObject({ error: 'NOT_FOUND' });
  });
});

describe('GET /robots.txt', () => {
  it('allows everything public, keeps private and machine areas out, and names the sitemap', async () => {
    const res = await (await server()).inject('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toBe(
      [
        'User-agent: *',
        'Allow: /',
        'Disallow: /account',
        'Disallow: /admin',
        'Disallow: /api/',
        'Disallow: /trpc/',
        'Disallow: /dev/',
        '',
        'Sitemap: https://jobs.example.org/sitemap.xml',
        '',
      ].join('\n'),
    );
  });
});

describe('head injection', () => {
  it('escapes "<" in JSON-LD so no string can end the script element, and the JSON still reads the same', () => {
    const value = { title: HOSTILE, note: '<!-- & \u2028' };
    const serialized = serializeJsonLd(value);
    expect(serialized).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(serialized)).toEqual(value);
  });

  it('adds a title to a page that has none, and tags to a page without a head', () => {
    expect(injectHead('<html><head></head><body></body></html>', { title: 'A & B', tags: ['<meta name="x" />'] })).toBe(
      '<html><head><title>A &amp; B</title>    <meta name="x" />\n  </head><body></body></html>',
    );
  });
});
