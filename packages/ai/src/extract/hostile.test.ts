// Hostile and broken files: each is refused with its ResumeFileError code (and a message that carries no library
// text), none hangs. The 500-page PDF is refused from the page count before a page is read.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ResumeFileError, type ResumeFileErrorCode } from '../types.ts';
import { detectFormat } from './detect.ts';
import { RESUME_FILE_ERROR_MESSAGES } from './errors.ts';
import { extractDocument } from './index.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)));

async function outcome(bytes: Uint8Array, limits = {}): Promise<{ code: ResumeFileErrorCode | 'ok'; message: string }> {
  try {
    const doc = await extractDocument(bytes, limits);
    return { code: 'ok', message: doc.text.slice(0, 40) };
  } catch (error) {
    if (error instanceof ResumeFileError) return { code: error.code, message: error.message };
    throw error;
  }
}

/** A 4x4 grey PNG, made by hand (signature, IHDR, IDAT, IEND). */
function png(): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 128, 128, 128, 128])));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]),
  );
}

async function pdfWithPages(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([612, 792]).drawText(`Page ${i + 1}`, { x: 50, y: 740, size: 12, font });
  return doc.save();
}

async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png());
  doc.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  return doc.save();
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('hostile files', () => {
  it.each<[string, () => Uint8Array | Promise<Uint8Array>, ResumeFileErrorCode | 'ok']>([
    ['a PDF with an open password', () => fixture('hostile/encrypted.pdf'), 'encrypted'],
    ['a PDF with only an owner password (opens without one)', () => fixture('hostile/restricted-no-open-password.pdf'), 'ok'],
    ['a PDF header followed by junk', () => enc(`%PDF-1.7\n${'garbage '.repeat(200)}`), 'corrupt'],
    ['a PDF cut after its header', () => fixture('resumes/10.1col.pdf').subarray(0, 400), 'corrupt'],
    ['a 500-page PDF', () => pdfWithPages(500), 'too_many_pages'],
    ['a 31-page PDF (the default limit is 30)', () => pdfWithPages(31), 'too_many_pages'],
    ['a 30-page PDF', () => pdfWithPages(30), 'ok'],
    ['a PDF whose only page is an image (a scan)', () => scannedPdf(), 'no_text'],
    ['a PNG named resume.pdf', () => png(), 'unsupported_type'],
    ['binary junk', () => new Uint8Array(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) >>> 24)), 'unsupported_type'],
  ])('%s', async (_label, make, expected) => {
    const { code, message } = await outcome(await make());
    expect(code).toBe(expected);
    if (code !== 'ok') expect(message).toEqual(code === 'too_many_pages' ? expect.stringContaining('pages') : RESUME_FILE_ERROR_MESSAGES[code]);
  });

  it('the page limit is the caller’s', async () => {
    expect((await outcome(await pdfWithPages(3), { maxPages: 2 })).code).toBe('too_many_pages');
    expect((await outcome(await pdfWithPages(3), { maxPages: 3 })).code).toBe('ok');
  });

  it('a PNG is not detected as a PDF whatever its name', () => {
    expect(detectFormat(png())).toBeNull();
  });

  it('says what to do with an encrypted or scanned PDF', async () => {
    expect((await outcome(fixture('hostile/encrypted.pdf'))).message).toMatch(/password-protected: remove the password/u);
    expect((await outcome(await scannedPdf())).message).toMatch(/^Scanned PDF: no text found/u);
  });
});
