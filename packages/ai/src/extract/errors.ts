// The messages a candidate sees when a file cannot be read: each says what to do next. No library text ever
// reaches them (every failure of pdfjs or mammoth is wrapped into one of these).
import { ResumeFileError, type ResumeFileErrorCode } from '../types.ts';

const MESSAGES: Record<ResumeFileErrorCode, string> = {
  unsupported_type: 'This file is not a PDF, a Word document (DOCX) or plain text: upload your resume in one of those formats',
  empty: 'This file is empty: upload your resume again',
  too_large: 'This file unpacks to too much data to be a resume: save it again as a normal DOCX or PDF and upload that',
  too_many_pages: 'This PDF has too many pages for a resume: upload a shorter version',
  encrypted: 'This PDF is password-protected: remove the password and upload it again',
  corrupt: 'This file is damaged and cannot be read: save or export it again and upload the new copy',
  no_text: 'Scanned PDF: no text found. Upload a PDF with selectable text, or a DOCX.',
};

export function fileError(code: ResumeFileErrorCode, message: string = MESSAGES[code]): ResumeFileError {
  return new ResumeFileError(code, message);
}

export { MESSAGES as RESUME_FILE_ERROR_MESSAGES };
