// Resume files over plain HTTP beside tRPC (docs/profiles.md): a signed-in candidate uploads one (answered at
// once, parsed later by the queue) and downloads their own. What a file is comes from its bytes (@hotgigs/ai
// detectFormat), never from its name or Content-Type; the name is kept for display only.
import type { FastifyInstance } from 'fastify';
import { detectFormat } from '@hotgigs/ai';
import { MAX_RESUMES, RESUME_MAX_BYTES } from '@hotgigs/shared';
import type { AppServices } from '../app-services.ts';
import { candidateIdOf } from '../domains/candidates/service.ts';
import { jobEditorOf } from '../domains/jobs/company-jobs.ts';
import { addResume, downloadFilename, resumeFile, resumeFileForCompany, TooManyResumes } from '../domains/resumes/service.ts';
import { consumeRateLimit, type RateLimit } from '../platform/rate-limit.ts';
import { toRest } from '../rest/case.ts';
import { fileRequestAuth, HttpProblem, readOneFile, registerFileUploads, send } from './file-routes.ts';

/** Generous for a person trying versions of their resume, far too few to fill a disk or the parse queue. */
export const RESUME_UPLOADS_PER_ACCOUNT: RateLimit = { name: 'upload:resume:account', limit: 20, windowMs: 60 * 60_000 };

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
} as const;

export async function resumeRoutes(app: FastifyInstance, { services }: { services: AppServices }): Promise<void> {
  const { db } = services;
  await registerFileUploads(app, {
    what: 'the resume',
    maxBytes: RESUME_MAX_BYTES,
    label: 'resume',
    statusOf: (error) => {
      if (error instanceof TooManyResumes) return { status: 422, code: 'TOO_MANY_RESUMES', extra: { limit: MAX_RESUMES } };
      const existingId = (error as { existingId?: string }).existingId;
      if (error.kind === 'conflict' && existingId) return { status: 409, code: 'CONFLICT', extra: { existing_id: existingId } };
      return undefined;
    },
  });

  async function candidateOf(req: Parameters<typeof fileRequestAuth>[1], reply: Parameters<typeof fileRequestAuth>[2], changes: boolean) {
    const auth = await fileRequestAuth(services, req, reply, changes);
    if (auth.user.role !== 'candidate') throw new HttpProblem(403, 'FORBIDDEN', 'Only candidates keep resumes.');
    return { userId: auth.user.id, candidateId: await candidateIdOf(db, auth.user.id) };
  }

  app.post('/api/resumes', async (req, reply) => {
    const { userId, candidateId } = await candidateOf(req, reply, true);
    const limit = await consumeRateLimit(db, RESUME_UPLOADS_PER_ACCOUNT, userId, services.now());
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      throw new HttpProblem(429, 'TOO_MANY_REQUESTS', 'Too many uploads. Try again later.');
    }
    const { bytes, filename } = await readOneFile(req, 'the resume');
    const format = detectFormat(bytes);
    if (!format) throw new HttpProblem(415, 'UNSUPPORTED_MEDIA_TYPE', 'A resume must be a PDF, a Word document (.docx) or plain text.');
    const resume = await addResume(services, candidateId, userId, { bytes, format, filename }, { ip: req.ip, userAgent: req.headers['user-agent'] });
    services.resumeParsing.wake();
    // snake_case with ISO dates, as the REST surface answers (the route is in /api/openapi.json).
    return reply.code(201).header('cache-control', 'no-store').send(toRest(resume));
  });

  // The owner, and recruiters of a company the candidate applied to with this resume (docs/applications.md).
  app.get<{ Params: { id: string } }>('/api/resumes/:id/file', async (req, reply) => {
    const auth = await fileRequestAuth(services, req, reply, false);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(req.params.id)) {
      return send(reply, 404, 'NOT_FOUND', 'There is no such resume.');
    }
    const { row, bytes } =
      auth.user.role === 'candidate'
        ? await resumeFile(services, await candidateIdOf(db, auth.user.id), req.params.id)
        : await resumeFileForCompany(services, await jobEditorOf(db, { id: auth.user.id, role: auth.user.role }), req.params.id);
    return reply
      .code(200)
      .header('content-type', CONTENT_TYPES[row.format])
      .header('content-disposition', `attachment; filename="${downloadFilename(row)}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(bytes));
  });
}
