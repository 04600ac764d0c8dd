// Plain text as an ExtractedDocument: one TextLine per non-blank line, blank lines as gapBefore. For tests and
// the bench; a line written in ALL CAPS or ending in ":" carries no markup here, as in a real TXT resume.
import type { ExtractedDocument, TextLine } from '../types.ts';

const BULLET = /^\s*[•▪●◦·*\-–]\s+/;

export function documentFromText(text: string, opts: { bodyFontSize?: number } = {}): ExtractedDocument {
  const body = opts.bodyFontSize ?? 11;
  const lines: TextLine[] = [];
  let gap = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const t = raw.replace(/\s+$/, '');
    if (!t.trim()) {
      gap += 1;
      continue;
    }
    lines.push({ text: t.trim(), page: 1, column: 0, x: 0, y: 0, width: 0, fontSize: body, bold: false, gapBefore: lines.length ? gap : 0, bullet: BULLET.test(t) });
    gap = 0;
  }
  return { format: 'txt', pages: 1, columns: 1, bodyFontSize: body, lines, text: lines.map((l) => l.text).join('\n') };
}
