import type { ExtractedDocument, ExtractLimits } from '../types.ts';
import { fileError } from './errors.ts';

export async function extractPdf(_bytes: Uint8Array, _limits: Required<ExtractLimits>): Promise<ExtractedDocument> {
  throw fileError('unsupported_type', 'PDF resumes can be read soon: upload a DOCX or plain text for now');
}
