// What a resume upload's answer means to the candidate (POST /api/resumes, docs/profiles.md), and which files are
// not even worth sending. The server decides a file's type by its bytes; the browser only checks the size.
import { MAX_RESUMES, RESUME_MAX_BYTES } from '@hotgigs/shared';
import { describeUploadFailure, formatFileSize, type UploadAnswer } from '../../lib/upload.ts';

export const RESUME_UPLOAD_URL = '/api/resumes';
/** What the file picker offers first; any file can still be dropped (the server judges its bytes). */
export const RESUME_ACCEPT = '.pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

export type UploadOutcome =
  | { kind: 'uploaded'; id: string | undefined; message: string }
  | { kind: 'duplicate'; id: string | undefined; message: string }
  | { kind: 'refused'; message: string };

const idOf = (body: unknown): string | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown> & { error?: { existing_id?: unknown } };
  const id = record.id ?? record.error?.existing_id;
  return typeof id === 'string' ? id : undefined;
};

/** Refuses a file before sending it, when the server would refuse it anyway; undefined when it may go. */
export function checkResumeFile(file: { name: string; size: number }): string | undefined {
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > RESUME_MAX_BYTES) {
    return `“${file.name}” is ${formatFileSize(file.size)}; a resume can be at most ${formatFileSize(RESUME_MAX_BYTES)}.`;
  }
  return undefined;
}

export function resumeUploadOutcome(answer: UploadAnswer, fileName: string): UploadOutcome {
  const { status, body } = answer;
  if (status === 201 || status === 200) {
    return { kind: 'uploaded', id: idOf(body), message: `“${fileName}” uploaded. Reading it now…` };
  }
  if (status === 409) {
    return { kind: 'duplicate', id: idOf(body), message: `You uploaded “${fileName}” already: it is in your list.` };
  }
  const sentences: Partial<Record<number, string>> = {
    413: `“${fileName}” is too large: a resume can be at most ${formatFileSize(RESUME_MAX_BYTES)}.`,
    415: `“${fileName}” is not a PDF, Word (DOCX) or plain text file, whatever its name says. Save it as one of those and upload it again.`,
    422: `You have ${MAX_RESUMES} resumes, the most you can keep. Delete one you no longer need, then upload this one.`,
    429: 'Too many uploads in a short time. Wait a few minutes, then try again.',
  };
  return { kind: 'refused', message: sentences[status] ?? describeUploadFailure(answer) };
}
