// What a file is, by its bytes alone (never its name or the Content-Type the browser sent).
import type { ResumeFileFormat } from '../types.ts';
import { isZip, readZipDirectory } from './zip.ts';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Whether the bytes are a PDF: `%PDF-` at the start (or within the first KB, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  if (startsWith(bytes, PDF_MAGIC)) return true;
  const head = bytes.subarray(0, 1024);
  for (let i = 1; i + PDF_MAGIC.length <= head.length; i++) if (startsWith(head, PDF_MAGIC, i)) return true;
  return false;
}

/**
 * Decodes plain text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Null when the bytes are not valid text
 * of those encodings, hold NUL characters, or are mostly not printable.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes('\u0000')) return null;
  let printable = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const c = ch.codePointAt(0)!;
    // Control characters other than tab, newline, carriage return, form feed; and the replacement character.
    const bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0) || c === 0xfffd;
    if (!bad) printable++;
  }
  if (total > 0 && printable / total < 0.95) return null;
  return text;
}

export function detectFormat(bytes: Uint8Array): ResumeFileFormat | null {
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) {
    const dir = readZipDirectory(bytes, 100_000);
    if (dir.ok && dir.entries.some((e) => e.name === 'word/document.xml')) return 'docx';
    return null;
  }
  if (bytes.length === 0) return null;
  return decodeText(bytes) === null ? null : 'txt';
}
