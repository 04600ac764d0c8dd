// Bytes in, positioned lines in reading order out (ExtractedDocument). What the bytes are is decided by their
// content alone; every failure is a ResumeFileError with a message the candidate can act on.
import type { ExtractedDocument, ExtractLimits } from '../types.ts';
import { ResumeFileError } from '../types.ts';
import { decodeText, detectFormat } from './detect.ts';
import { extractDocx } from './docx.ts';
import { fileError } from './errors.ts';
import { DEFAULT_MAX_CHARS } from './lines.ts';
import { extractTxt } from './txt.ts';
import { isZip, readZipDirectory } from './zip.ts';

export const DEFAULT_LIMITS: Required<ExtractLimits> = {
  maxPages: 30,
  maxZipEntries: 2000,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxChars: DEFAULT_MAX_CHARS,
};

export async function extractDocument(bytes: Uint8Array, limits: ExtractLimits = {}): Promise<ExtractedDocument> {
  const l: Required<ExtractLimits> = { ...DEFAULT_LIMITS, ...stripUndefined(limits) };
  if (bytes.length === 0) throw fileError('empty');
  const format = detectFormat(bytes);
  try {
    switch (format) {
      case 'pdf': {
        const { extractPdf } = await import('./pdf.ts');
        return await extractPdf(bytes, l);
      }
      case 'docx':
        return await extractDocx(bytes, l);
      case 'txt':
        return extractTxt(decodeText(bytes)!, l.maxChars);
      case null: {
        // A zip that cannot be listed is a damaged upload rather than another kind of file.
        if (isZip(bytes)) {
          const dir = readZipDirectory(bytes, l.maxZipEntries);
          if (!dir.ok && dir.reason === 'unreadable') throw fileError('corrupt');
          if (!dir.ok) throw fileError('too_large');
        }
        throw fileError('unsupported_type');
      }
    }
  } catch (error) {
    if (error instanceof ResumeFileError) throw error;
    // Whatever a library threw stays inside: the candidate gets the generic message for the format.
    throw fileError('corrupt');
  }
}

function stripUndefined(limits: ExtractLimits): ExtractLimits {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) as ExtractLimits;
}

export { detectFormat, decodeText } from './detect.ts';
export { RESUME_FILE_ERROR_MESSAGES } from './errors.ts';
