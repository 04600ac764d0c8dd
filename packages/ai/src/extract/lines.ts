// What every format shares once it has lines: bullets, the character limit, the document's text.
import type { ExtractedDocument, ResumeFileFormat, TextLine } from '../types.ts';

/** A bullet glyph at the start of a line: •, ◦, ▪, ■, ●, ►, ‣, ⁃, ∙, ·, -, –, —, *, ✓, ✔, ➢, ➤, , o (before a space). */
const BULLET = /^\s*(?:[•◦▪▫■□●○►▸▹‣⁃∙·\-–—*✓✔➢➤❖♦◆\uf0b7\uf0a7\uf076\uf0d8]|o(?=\s))/u;

export function startsWithBullet(text: string): boolean {
  return BULLET.test(text);
}

export const DEFAULT_MAX_CHARS = 200_000;

/** Collapses runs of whitespace inside a line and trims it. */
export function cleanLine(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/gu, ' ').trim();
}

/** Keeps lines while their text (joined by "\n") stays within maxChars; the last kept line may be cut. */
export function truncateLines(lines: TextLine[], maxChars: number): TextLine[] {
  const kept: TextLine[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = (kept.length > 0 ? 1 : 0) + line.text.length;
    if (used + cost <= maxChars) {
      kept.push(line);
      used += cost;
      continue;
    }
    const room = maxChars - used - (kept.length > 0 ? 1 : 0);
    const cut = line.text.slice(0, room).trimEnd();
    if (cut !== '') kept.push({ ...line, text: cut });
    break;
  }
  return kept;
}

export function buildDocument(
  format: ResumeFileFormat,
  pages: number,
  columns: 1 | 2,
  bodyFontSize: number,
  lines: TextLine[],
  maxChars: number,
  links: readonly string[] = [],
): ExtractedDocument {
  const kept = truncateLines(lines, maxChars);
  const doc: ExtractedDocument = { format, pages, columns, bodyFontSize, lines: kept, text: kept.map((l) => l.text).join('\n') };
  const unique = cleanLinks(links);
  if (unique.length > 0) doc.links = unique;
  return doc;
}

/** http(s) and mailto targets only (no javascript:, file: or in-document anchors), each once, at most 100. */
export function cleanLinks(links: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of links) {
    const url = raw.trim();
    if (url.length > 2000 || !/^(https?:\/\/|mailto:)\S+$/iu.test(url) || seen.has(url)) continue;
    seen.add(url);
    out.push(url);
    if (out.length >= 100) break;
  }
  return out;
}
