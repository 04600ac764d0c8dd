// DOCX: the zip is judged from its central directory before anything is unpacked (entry count, declared unpacked
// size, compression ratio), the entries the converter reads are inflated once with a hard cap (a directory that
// lies is caught too), then mammoth turns the document into HTML whose blocks become lines: headings are larger
// and bold, list items are bullets.
import mammoth from 'mammoth';
import type { ExtractedDocument, TextLine } from '../types.ts';
import { fileError } from './errors.ts';
import { buildDocument, cleanLine, startsWithBullet } from './lines.ts';
import { inflatedSize, readEntry, readZipDirectory, type ZipEntry } from './zip.ts';

export const DOCX_BODY_SIZE = 11;
const HEADING_SIZE: Record<string, number> = { h1: 20, h2: 16, h3: 14, h4: 12, h5: 12, h6: 12 };
/** An entry that unpacks to more than this and compresses better than MAX_RATIO is a bomb, not a document. */
const RATIO_MIN_BYTES = 1_000_000;
const MAX_RATIO = 100;

export interface DocxLimits {
  maxZipEntries: number;
  maxUnpackedBytes: number;
  maxChars: number;
}

const tooLarge = () => fileError('too_large');

/** Throws too_large / corrupt unless the zip is a reasonable size to unpack; returns its entries. */
export function checkZip(bytes: Uint8Array, limits: Pick<DocxLimits, 'maxZipEntries' | 'maxUnpackedBytes'>): ZipEntry[] {
  const dir = readZipDirectory(bytes, limits.maxZipEntries);
  if (!dir.ok) {
    if (dir.reason === 'too_many_entries' || dir.reason === 'zip64') throw tooLarge();
    throw fileError('corrupt');
  }
  let declared = 0;
  for (const entry of dir.entries) {
    declared += entry.uncompressedSize;
    if (declared > limits.maxUnpackedBytes) throw tooLarge();
    if (entry.uncompressedSize > RATIO_MIN_BYTES && entry.uncompressedSize > MAX_RATIO * Math.max(1, entry.compressedSize)) {
      throw tooLarge();
    }
  }
  // The parts mammoth reads (everything but the media, which is never read): inflated with the remaining budget
  // as a cap, so an entry that unpacks to more than it declared is refused before mammoth sees it.
  let budget = limits.maxUnpackedBytes;
  for (const entry of dir.entries) {
    if (entry.name.endsWith('/') || entry.name.startsWith('word/media/')) continue;
    const size = inflatedSize(bytes, entry, budget);
    if (size === 'over') throw tooLarge();
    if (size === 'unreadable') {
      if (entry.name === 'word/document.xml') throw fileError('corrupt');
      continue;
    }
    budget -= size;
  }
  return dir.entries;
}

/**
 * The text of the page headers (and footers): resume templates often put the name and contact details there,
 * and mammoth leaves them out. Paragraphs of w:t runs; a tab is a space, a break a new line; repeats (first-page,
 * even and default headers) are kept once.
 */
export function headerFooterLines(bytes: Uint8Array, entries: readonly ZipEntry[], part: 'header' | 'footer'): string[] {
  const pattern = part === 'header' ? /^word\/header\d*\.xml$/u : /^word\/footer\d*\.xml$/u;
  const seen = new Set<string>();
  const lines: string[] = [];
  const decoder = new TextDecoder('utf-8');
  const parts = entries.filter((e) => pattern.test(e.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (const entry of parts) {
    const xml = readEntry(bytes, entry, 2_000_000);
    if (typeof xml === 'string') continue;
    for (const paragraph of decoder.decode(xml).split(/<\/w:p>/u)) {
      // Only w:t runs count (field codes such as PAGE live in w:instrText and are left out).
      let text = '';
      for (const m of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/gu)) {
        text += m[1] ?? (m[2] === 'tab' ? ' ' : '\n');
      }
      for (const raw of text.split('\n')) {
        const line = cleanLine(decodeEntities(raw));
        if (line === '' || seen.has(line) || /^(?:page)?\s*\d*\s*(?:(?:of|\/)\s*\d*)?$/iu.test(line)) continue;
        seen.add(line);
        lines.push(line);
      }
    }
  }
  return lines;
}

const plainLine = (text: string): TextLine => ({
  text,
  page: 1,
  column: 0,
  x: 0,
  y: 0,
  width: 0,
  fontSize: DOCX_BODY_SIZE,
  bold: false,
  gapBefore: 0,
  bullet: startsWithBullet(text),
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Block {
  tag: string;
  fontSize: number;
  heading: boolean;
  listItem: boolean;
}

/** Turns mammoth's HTML (p, h1-h6, ul/ol/li, table/td, strong, br) into lines. Exported for tests. */
export function htmlToLines(html: string): TextLine[] {
  const lines: TextLine[] = [];
  let text = '';
  let boldChars = 0;
  let strong = 0;
  let block: Block | null = null;
  let pendingGap = 0;
  let listDepth = 0;

  /** Emits the block's text as a line; an empty block counts as a blank line only when it closes (`closing`). */
  const flush = (closing = false) => {
    if (!block) return;
    const raw = cleanLine(text);
    if (raw === '') {
      if (closing && !block.listItem) pendingGap++;
    } else {
      const body = block.listItem && !startsWithBullet(raw) ? `• ${raw}` : raw;
      const bold = block.heading || boldChars >= 0.6 * raw.replace(/\s/gu, '').length;
      let gapBefore = lines.length === 0 ? 0 : pendingGap;
      if (block.heading && lines.length > 0) gapBefore = Math.max(gapBefore, 1);
      lines.push({
        text: body,
        page: 1,
        column: 0,
        x: 0,
        y: 0,
        width: 0,
        fontSize: block.fontSize,
        bold,
        gapBefore,
        bullet: block.listItem || startsWithBullet(body),
      });
      pendingGap = 0;
    }
    text = '';
    boldChars = 0;
  };

  const tokens = /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/gu;
  for (const match of html.matchAll(tokens)) {
    const [, closing, rawTag, selfClosing, chars] = match;
    if (chars !== undefined) {
      const decoded = decodeEntities(chars);
      text += decoded;
      if (strong > 0) boldChars += decoded.replace(/\s/gu, '').length;
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') {
      // A line break inside a block: the text so far is its own line, the rest continues the block.
      const kept = block as Block | null;
      flush();
      if (kept) {
        block = { ...kept };
        pendingGap = 0;
      }
      continue;
    }
    if (tag === 'strong' || tag === 'b') {
      strong = Math.max(0, strong + (closing ? -1 : 1));
      continue;
    }
    if (tag === 'ul' || tag === 'ol') {
      if (!closing) {
        flush(); // the text of an item that holds a nested list
        listDepth++;
      } else listDepth = Math.max(0, listDepth - 1);
      if (!closing && block?.listItem) block = { ...block };
      continue;
    }
    const isBlock = tag === 'p' || tag === 'li' || tag in HEADING_SIZE || tag === 'td' || tag === 'th';
    if (!isBlock || selfClosing) continue;
    if (!closing) {
      flush();
      const heading = tag in HEADING_SIZE;
      block = {
        tag,
        fontSize: heading ? HEADING_SIZE[tag]! : DOCX_BODY_SIZE,
        heading,
        listItem: tag === 'li' || (block?.listItem === true && tag === 'p' && listDepth > 0),
      };
    } else {
      flush(true);
      block = listDepth > 0 && tag !== 'li' ? block : null;
    }
  }
  flush();
  return lines;
}

export async function extractDocx(bytes: Uint8Array, limits: DocxLimits): Promise<ExtractedDocument> {
  const entries = checkZip(bytes, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        ignoreEmptyParagraphs: false,
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Images are never read: the converter gets an empty source instead of the picture's bytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw fileError('corrupt');
  }
  const body = htmlToLines(html);
  const inBody = new Set(body.map((l) => l.text));
  const header = headerFooterLines(bytes, entries, 'header').filter((t) => !inBody.has(t)).map(plainLine);
  const footer = headerFooterLines(bytes, entries, 'footer').filter((t) => !inBody.has(t)).map(plainLine);
  if (header.length > 0 && body.length > 0) body[0] = { ...body[0]!, gapBefore: Math.max(1, body[0]!.gapBefore) };
  if (footer.length > 0) footer[0] = { ...footer[0]!, gapBefore: 1 };
  const lines = [...header, ...body, ...footer];
  const links = [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/gu)].map((m) => decodeEntities(m[1]!));
  if (lines.length === 0) {
    throw fileError('no_text', 'This document has no text in it (only pictures?): upload a DOCX or PDF with your resume as text');
  }
  return buildDocument('docx', 1, 1, DOCX_BODY_SIZE, lines, limits.maxChars, links);
}
