// Company logos over plain HTTP (a file upload does not fit tRPC's JSON): a company's recruiters upload or remove
// the logo, anyone fetches it. Uploads are authenticated exactly like tRPC calls (cookie or Bearer, same-origin
// check for cookies), limited in size and rate, and accepted only when their bytes are a PNG, JPEG or WebP image.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { COMPANY_LOGO_MAX_BYTES, COMPANY_LOGO_TYPES } from '@hotgigs/shared';
import type { AppServices } from '../app-services.ts';
import { companyLogoUrl } from '../domains/companies/recruiters.ts';
import { companyLogoKey, logoCompanyOf, replaceCompanyLogo } from '../domains/companies/service.ts';
import { recordAudit } from '../platform/audit.ts';
import { consumeRateLimit, type RateLimit } from '../platform/rate-limit.ts';
import { newStorageKey, type FileStorage } from '../storage/index.ts';
import { fileRequestAuth, HttpProblem, readOneFile, registerFileUploads, send } from './file-routes.ts';

/** Generous for a person choosing a logo, far too few to fill a disk. */
export const LOGO_UPLOADS_PER_ACCOUNT: RateLimit = { name: 'upload:logo:account', limit: 20, windowMs: 60 * 60_000 };

const EXTENSION_BY_TYPE: Record<(typeof COMPANY_LOGO_TYPES)[number], string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
const TYPE_BY_EXTENSION = Object.fromEntries(Object.entries(EXTENSION_BY_TYPE).map(([type, ext]) => [ext, type]));

export interface CompanyLogoRoutesOptions {
  services: AppServices;
  storage: FileStorage;
}

export async function companyLogoRoutes(app: FastifyInstance, { services, storage }: CompanyLogoRoutesOptions): Promise<void> {
  const { db } = services;

  await registerFileUploads(app, { what: 'the logo', maxBytes: COMPANY_LOGO_MAX_BYTES, label: 'logo' });

  /** The signed-in recruiter's company, or the 4xx that explains why not. */
  async function recruiterCompany(req: FastifyRequest, reply: FastifyReply) {
    const auth = await fileRequestAuth(services, req, reply, true);
    return { userId: auth.user.id, company: await logoCompanyOf(db, auth.user) };
  }

  function replaceLogo(req: FastifyRequest, companyId: string, key: string | null) {
    return replaceCompanyLogo({ db, storage }, companyId, key, (orphan, error) =>
      req.log.warn({ err: error, key: orphan }, 'could not delete a replaced logo'),
    );
  }

  app.post('/api/company/logo', async (req, reply) => {
    const { userId, company } = await recruiterCompany(req, reply);
    const limit = await consumeRateLimit(db, LOGO_UPLOADS_PER_ACCOUNT, userId, services.now());
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      throw new HttpProblem(429, 'TOO_MANY_REQUESTS', 'Too many uploads. Try again later.');
    }
    const { bytes } = await readOneFile(req, 'the logo');
    // What the bytes are, not what the name or the browser claim.
    const detected = await fileTypeFromBuffer(bytes);
    const type = COMPANY_LOGO_TYPES.find((allowed) => allowed === detected?.mime);
    if (!type) throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', 'A logo must be a PNG, JPEG or WebP image.');
    const extension = EXTENSION_BY_TYPE[type];

    const key = newStorageKey(`company-logos/${company.id}`, extension);
    await storage.put(key, bytes);
    try {
      await replaceLogo(req, company.id, key);
    } catch (error) {
      await storage.delete(key).catch(() => undefined);
      throw error;
    }
    await recordAudit(db, {
      action: 'company.logo_changed',
      actorId: userId,
      targetType: 'company',
      targetId: company.id,
      details: { type, bytes: bytes.length },
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    });
    return reply.code(200).header('cache-control', 'no-store').send({ logoUrl: companyLogoUrl({ slug: company.slug, logo_storage_key: key }) });
  });

  app.delete('/api/company/logo', async (req, reply) => {
    const { userId, company } = await recruiterCompany(req, reply);
    if (company.logo_storage_key) {
      await replaceLogo(req, company.id, null);
      await recordAudit(db, { action: 'company.logo_removed', actorId: userId, targetType: 'company', targetId: company.id, ip: req.ip, userAgent: req.headers['user-agent'] });
    }
    return reply.code(200).header('cache-control', 'no-store').send({ logoUrl: null });
  });

  app.get<{ Params: { slug: string } }>('/api/companies/:slug/logo', async (req, reply) => {
    const key = await companyLogoKey(db, req.params.slug);
    const bytes = key ? await storage.get(key) : undefined;
    if (!key || !bytes) return send(reply, 404, 'NOT_FOUND', 'This company has no logo.');
    const etag = `"${key.slice(key.lastIndexOf('/') + 1, key.lastIndexOf('.'))}"`;
    reply
      .header('content-type', TYPE_BY_EXTENSION[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'inline; filename="logo"')
      // Versioned URLs (?v=) change with every upload; an unversioned one is revalidated after a short while.
      .header('cache-control', 'public, max-age=300, stale-while-revalidate=86400')
      .header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.code(200).send(Buffer.from(bytes));
  });
}
