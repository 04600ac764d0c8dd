// What search engines read: each job's page with its title, description and schema.org JobPosting in the HTML
// (injected into the web app's index.html, which then renders the page as usual), the sitemap of listed jobs,
// and robots.txt.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { jobByIdInput, type EmploymentType, type SalaryPeriod } from '@hotgigs/shared';
import type { AppServices } from '../app-services.ts';
import { descriptionText, sanitizeJobDescription } from '../domains/jobs/description.ts';
import { getPublishedJob, listedJobsAfter, type JobDetail } from '../domains/jobs/service.ts';
import { publicUrl } from '../email/index.ts';
import { escapeHtml } from '../email/safe-text.ts';

const SITE_NAME = 'Hotgigs';
const META_DESCRIPTION_LENGTH = 160;
/** The sitemap protocol's limit per file; beyond it a sitemap index would be needed. */
export const SITEMAP_MAX_URLS = 50_000;
const SITEMAP_CHUNK = 5_000;
/** Pages of the web app that are listed besides the jobs themselves. */
const SITEMAP_PAGES = ['/', '/jobs'];
/** Private or machine-only areas: nothing there is for a search index. */
const ROBOTS_DISALLOW = ['/account', '/admin', '/api/', '/trpc/', '/dev/'];

const EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};
const SALARY_UNIT: Record<SalaryPeriod, string> = { hour: 'HOUR', day: 'DAY', month: 'MONTH', year: 'YEAR' };

/**
 * JSON for inside a <script> element: "<" (and ">", "&", line separators) as \u escapes, so no string in it
 * (a title with "</script>") can end the element or open a comment. The JSON still parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "Austin, TX, USA" as a PostalAddress: the first part is the city, the last the country, any middle the region. */
function postalAddress(location: string) {
  const parts = location
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const [locality, ...rest] = parts;
  const country = rest.length > 0 ? rest.at(-1) : undefined;
  const region = rest.length > 1 ? rest.slice(0, -1).join(', ') : undefined;
  return {
    '@type': 'PostalAddress',
    addressLocality: locality ?? location,
    ...(region && { addressRegion: region }),
    ...(country && { addressCountry: country }),
  };
}

function isWebUrl(value: string | null): value is string {
  return value !== null && URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}

/** The job's description for search engines: the page's HTML subset, with the requirements after it. */
function postingDescription(job: JobDetail): string {
  const requirements = job.requirements.trim() ? sanitizeJobDescription(job.requirements) : '';
  return [sanitizeJobDescription(job.description), ...(requirements ? ['<h3>Requirements</h3>', requirements] : [])].join('\n');
}

/** schema.org JobPosting, as Google for Jobs reads it. */
export function jobPosting(job: JobDetail, url: string) {
  const location = job.location ?? job.company.location;
  const remote = job.remote === 'remote';
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: postingDescription(job),
    url,
    identifier: { '@type': 'PropertyValue', name: job.company.name, value: job.id },
    ...(job.publishedAt && { datePosted: job.publishedAt.toISOString() }),
    ...(job.deadline && { validThrough: job.deadline.toISOString() }),
    employmentType: EMPLOYMENT_TYPE[job.employmentType],
    hiringOrganization: {
      '@type': 'Organization',
      name: job.company.name,
      ...(isWebUrl(job.company.website) && { sameAs: job.company.website }),
    },
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          ...(job.location && { applicantLocationRequirements: { '@type': 'Country', name: job.location } }),
        }
      : location
        ? { jobLocation: { '@type': 'Place', address: postalAddress(location) } }
        : {}),
    ...(job.salary && {
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: job.salary.currency,
        value: {
          '@type': 'QuantitativeValue',
          ...(job.salary.min !== null && { minValue: job.salary.min }),
          ...(job.salary.max !== null && { maxValue: job.salary.max }),
          unitText: SALARY_UNIT[job.salary.period],
        },
      },
    }),
    directApply: false,
  };
}

/** A description's words as one line; blocks end with a space, so paragraphs do not run together. */
function plainDescription(description: string): string {
  return descriptionText(sanitizeJobDescription(description).replace(/<\/(p|li|h3|h4|blockquote)>|<br\s*\/?>/gi, '$& '));
}

/** The first words of a text, at most `max` characters, cut between words. */
function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** The <head> tags of a job's page, every value escaped. */
export function jobPageHead(job: JobDetail, url: string): { title: string; tags: string[] } {
  const title = `${job.title} at ${job.company.name} | ${SITE_NAME}`;
  const description = excerpt(plainDescription(job.description), META_DESCRIPTION_LENGTH);
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  return {
    title,
    tags: [
      meta('name', 'description', description),
      `<link rel="canonical" href="${escapeHtml(url)}" />`,
      meta('property', 'og:type', 'website'),
      meta('property', 'og:site_name', SITE_NAME),
      meta('property', 'og:title', `${job.title} at ${job.company.name}`),
      meta('property', 'og:description', description),
      meta('property', 'og:url', url),
      meta('name', 'twitter:card', 'summary'),
      `<script type="application/ld+json">${serializeJsonLd(jobPosting(job, url))}</script>`,
    ],
  };
}

/**
 * index.html with a page's own head: its <title> replaces the app's, its tags go before </head>, and the app's
 * generic description goes (a page has one description).
 */
export function injectHead(indexHtml: string, head: { title?: string; tags: string[] }): string {
  let html = indexHtml;
  if (head.title !== undefined) {
    const title = `<title>${escapeHtml(head.title)}</title>`;
    html = /<title>[\s\S]*?<\/title>/i.test(html) ? html.replace(/<title>[\s\S]*?<\/title>/i, () => title) : html.replace(/<\/head>/i, () => `${title}</head>`);
  }
  if (head.tags.some((tag) => tag.startsWith('<meta name="description"'))) {
    html = html.replace(/[ \t]*<meta\s+name=["']description["'][^>]*>\s*/i, '');
  }
  const tags = head.tags.map((tag) => `    ${tag}\n`).join('');
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, () => `${tags}  </head>`) : `${tags}${html}`;
}

const NOT_FOUND_HEAD = { tags: ['<meta name="robots" content="noindex" />'] };

function xmlEscape(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

function sitemapUrl(loc: string, lastmod?: Date): string {
  return `  <url><loc>${xmlEscape(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>\n`;
}

/** The sitemap, streamed: the web app's public pages, then every listed job up to the protocol's limit. */
export async function sitemapStream(services: Pick<AppServices, 'db' | 'env'>): Promise<Readable> {
  const { db, env } = services;
  const jobLimit = SITEMAP_MAX_URLS - SITEMAP_PAGES.length;
  // The first chunk is read before anything is sent: a database that is down gets a proper error status.
  const first = await listedJobsAfter(db, undefined, Math.min(SITEMAP_CHUNK, jobLimit));
  async function* lines() {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
    for (const page of SITEMAP_PAGES) yield sitemapUrl(publicUrl(env, page));
    let chunk = first;
    let written = 0;
    while (chunk.length > 0) {
      yield chunk.map((job) => sitemapUrl(publicUrl(env, `/jobs/${job.id}`), job.updated_at)).join('');
      written += chunk.length;
      const last = chunk.at(-1)!;
      if (written >= jobLimit || chunk.length < SITEMAP_CHUNK) break;
      chunk = await listedJobsAfter(db, { publishedAt: last.published_at!, id: last.id }, Math.min(SITEMAP_CHUNK, jobLimit - written));
    }
    yield '</urlset>\n';
  }
  return Readable.from(lines());
}

export function robotsTxt(env: AppServices['env']): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...ROBOTS_DISALLOW.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${publicUrl(env, '/sitemap.xml')}`,
    '',
  ].join('\n');
}

export interface SeoRoutesOptions {
  /** The built web app's index.html; without it (API only) job pages are left to the web app's own server. */
  indexHtmlPath: string | undefined;
}

/** GET /jobs/:id (when the web app is served), /sitemap.xml and /robots.txt; ahead of the SPA fallback. */
export function registerSeoRoutes(app: FastifyInstance, services: Pick<AppServices, 'db' | 'env'>, options: SeoRoutesOptions): void {
  const { env } = services;

  app.get('/robots.txt', async (_req, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/plain; charset=utf-8').send(robotsTxt(env)),
  );

  app.get('/sitemap.xml', async (_req, reply) => {
    const stream = await sitemapStream(services);
    return reply.header('cache-control', 'public, max-age=3600').type('application/xml; charset=utf-8').send(stream);
  });

  const { indexHtmlPath } = options;
  if (!indexHtmlPath) return;
  // Built once per deployment: read on first use and kept.
  let indexHtml: Promise<string> | undefined;
  const readIndex = () =>
    (indexHtml ??= readFile(indexHtmlPath, 'utf8').catch((error: unknown) => {
      indexHtml = undefined;
      throw error;
    }));
  const sendPage = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);

  app.get<{ Params: { id: string } }>('/jobs/:id', async (req, reply) => {
    const parsed = jobByIdInput.safeParse({ id: req.params.id });
    const job = parsed.success ? await getPublishedJob(services.db, parsed.data.id) : undefined;
    const html = await readIndex();
    // The app shows its not-found page; the status and noindex keep the address out of search indexes.
    if (!job) return sendPage(reply, 404, injectHead(html, NOT_FOUND_HEAD));
    return sendPage(reply, 200, injectHead(html, jobPageHead(job, publicUrl(env, `/jobs/${job.id}`))));
  });
}
