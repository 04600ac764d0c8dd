// Plain text: one line per line; blank lines become gapBefore on the next line. Nothing is decided here about
// headings (an ALL-CAPS short line stays an ordinary line; the parser judges it).
import type { ExtractedDocument, TextLine } from '../types.ts';
import { fileError } from './errors.ts';
import { buildDocument, cleanLine, startsWithBullet } from './lines.ts';

/** The nominal size of a plain-text line, so TXT lines compare with PDF ones. */
export const TXT_FONT_SIZE = 11;

export function extractTxt(text: string, maxChars: number): ExtractedDocument {
  const raw = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').replace(/\f/gu, '\n');
  const lines: TextLine[] = [];
  let blanks = 0;
  for (const rawLine of raw.split('\n')) {
    const line = cleanLine(rawLine.replace(/\t/gu, ' '));
    if (line === '') {
      blanks++;
      continue;
    }
    lines.push({
      text: line,
      page: 1,
      column: 0,
      x: 0,
      y: 0,
      width: 0,
      fontSize: TXT_FONT_SIZE,
      bold: false,
      gapBefore: lines.length === 0 ? 0 : blanks,
      bullet: startsWithBullet(line),
    });
    blanks = 0;
  }
  if (lines.length === 0) throw fileError('empty', 'This file has no text in it: upload your resume again');
  return buildDocument('txt', 1, 1, TXT_FONT_SIZE, lines, maxChars);
}
