// Layout of one PDF page: text items -> lines, and two-column pages found by a vertical gutter and read column by
// column. Pure geometry (points, y down from the page's top), so it is tested without pdfjs.
import type { TextLine } from '../types.ts';
import { cleanLine, startsWithBullet } from './lines.ts';

export interface PageItem {
  str: string;
  /** Left edge and baseline, in points from the page's top-left. */
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export interface PageLayout {
  columns: 1 | 2;
  lines: TextLine[];
  /** The gutter's centre and the band of baselines it separates, when two columns were found. */
  gutter?: { x: number; top: number; bottom: number };
}

/** Groups items into lines by baseline (with a tolerance), left to right, spaces where the gap warrants one. */
export function groupLines(items: readonly PageItem[], page: number, column: number): TextLine[] {
  const sorted = [...items].sort((p, q) => p.baseline - q.baseline || p.x - q.x);
  const groups: PageItem[][] = [];
  let current: PageItem[] = [];
  let currentBaseline = -Infinity;
  let currentSize = 0;
  for (const item of sorted) {
    // Same line: baselines within a third of the smaller font's size (a big name beside a small phone number on
    // another baseline is two lines).
    if (current.length > 0 && item.baseline - currentBaseline <= 0.35 * Math.min(currentSize, item.fontSize)) {
      current.push(item);
      currentSize = Math.min(currentSize, item.fontSize);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    currentBaseline = item.baseline;
    currentSize = item.fontSize;
  }
  if (current.length > 0) groups.push(current);

  const lines: TextLine[] = [];
  for (const group of groups) {
    group.sort((p, q) => p.x - q.x);
    let text = '';
    let end = -Infinity;
    const sizeWeight = new Map<number, number>();
    let boldChars = 0;
    let allChars = 0;
    let baselineSum = 0;
    for (const item of group) {
      const gap = item.x - end;
      if (text !== '' && gap > 0.12 * item.fontSize && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
      const n = item.str.replace(/\s/gu, '').length;
      allChars += n;
      if (item.bold) boldChars += n;
      const size = Math.round(item.fontSize * 10) / 10;
      sizeWeight.set(size, (sizeWeight.get(size) ?? 0) + n);
      baselineSum += item.baseline * Math.max(1, n);
    }
    const clean = cleanLine(text);
    if (clean === '') continue;
    let fontSize = group[0]!.fontSize;
    let best = -1;
    for (const [size, w] of sizeWeight) if (w > best) [fontSize, best] = [size, w];
    const x = group[0]!.x;
    const weightSum = group.reduce((s, item) => s + Math.max(1, item.str.replace(/\s/gu, '').length), 0);
    const baseline = baselineSum / weightSum;
    lines.push({
      text: clean,
      page,
      column,
      x: round(x),
      y: round(baseline - fontSize),
      width: round(end - x),
      fontSize,
      bold: allChars > 0 && boldChars >= 0.6 * allChars,
      gapBefore: 0,
      bullet: startsWithBullet(clean),
    });
  }
  return lines;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The band either side of a candidate gutter position that no item may touch (so the gutter is >= 8 pt wide). */
const GUTTER_HALF_WIDTH = 4;

interface Candidate {
  x: number;
  top: number;
  bottom: number;
  height: number;
}

/**
 * Finds a vertical gutter: an x position no item crosses over a band of baselines spanning most of the text's
 * height, with enough text (lines and characters) on both sides. Right-aligned dates beside titles are not a
 * column: each side needs a fair share of the lines.
 */
export function findGutter(items: readonly PageItem[]): Candidate | null {
  if (items.length < 6) return null;
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const item of items) {
    left = Math.min(left, item.x);
    right = Math.max(right, item.x + item.width);
    top = Math.min(top, item.baseline);
    bottom = Math.max(bottom, item.baseline);
  }
  const width = right - left;
  const span = bottom - top;
  if (width <= 0 || span <= 0) return null;
  const byBaseline = [...items].sort((p, q) => p.baseline - q.baseline);
  const valid: Candidate[] = [];
  for (let x = left + 0.15 * width; x <= left + 0.85 * width; x += 2) {
    // Baselines of the items crossing x split the page; the largest stretch between them is this x's band.
    const crossing = [top - 1];
    for (const item of byBaseline) {
      if (item.x < x + GUTTER_HALF_WIDTH && item.x + item.width > x - GUTTER_HALF_WIDTH) crossing.push(item.baseline);
    }
    crossing.push(bottom + 1);
    let bandTop = 0;
    let bandBottom = 0;
    for (let i = 1; i < crossing.length; i++) {
      if (crossing[i]! - crossing[i - 1]! > bandBottom - bandTop) [bandTop, bandBottom] = [crossing[i - 1]!, crossing[i]!];
    }
    const inside = byBaseline.filter((item) => item.baseline > bandTop && item.baseline < bandBottom);
    if (inside.length === 0) continue;
    const height = inside[inside.length - 1]!.baseline - inside[0]!.baseline;
    if (height < 0.55 * span) continue;
    let leftChars = 0;
    let rightChars = 0;
    const leftLines = new Set<number>();
    const rightLines = new Set<number>();
    let leftStart = Infinity;
    let rightEnd = -Infinity;
    for (const item of inside) {
      const n = item.str.trim().length;
      if (item.x + item.width <= x) {
        leftChars += n;
        leftLines.add(Math.round(item.baseline));
        leftStart = Math.min(leftStart, item.x);
      } else {
        rightChars += n;
        rightLines.add(Math.round(item.baseline));
        rightEnd = Math.max(rightEnd, item.x + item.width);
      }
    }
    const chars = leftChars + rightChars;
    // Each side: a few lines, a twentieth of the characters, and a real width (a column of dates is too narrow).
    if (leftLines.size < 3 || rightLines.size < 3) continue;
    if (leftChars < 0.05 * chars || rightChars < 0.05 * chars) continue;
    if (x - leftStart < 0.2 * width || rightEnd - x < 0.2 * width) continue;
    valid.push({ x, top: bandTop, bottom: bandBottom, height });
  }
  if (valid.length === 0) return null;
  // The tallest band; among equally tall ones, the middle of the widest run of adjacent positions.
  const tallest = Math.max(...valid.map((c) => c.height));
  const best = valid.filter((c) => c.height >= tallest - 1);
  let runStart = 0;
  let bestRun: [number, number] = [0, 0];
  for (let i = 1; i <= best.length; i++) {
    if (i === best.length || best[i]!.x - best[i - 1]!.x > 2.5 || best[i]!.top !== best[i - 1]!.top) {
      if (i - runStart > bestRun[1] - bestRun[0]) bestRun = [runStart, i];
      runStart = i;
    }
  }
  const run = best.slice(bestRun[0], bestRun[1]);
  const mid = run[Math.floor(run.length / 2)]!;
  return { ...mid, x: (run[0]!.x + run[run.length - 1]!.x) / 2 };
}

/** Lines of one page in reading order: above the two-column band, its left column, its right column, below it. */
export function layoutPage(allItems: readonly PageItem[], page: number): PageLayout {
  const items = allItems.filter((item) => item.str.trim() !== '');
  const gutter = findGutter(items);
  if (!gutter) return { columns: 1, lines: groupLines(items, page, 0) };
  const above: PageItem[] = [];
  const leftColumn: PageItem[] = [];
  const rightColumn: PageItem[] = [];
  const below: PageItem[] = [];
  for (const item of items) {
    if (item.baseline <= gutter.top) above.push(item);
    else if (item.baseline >= gutter.bottom) below.push(item);
    else if (item.x + item.width / 2 < gutter.x) leftColumn.push(item);
    else rightColumn.push(item);
  }
  return {
    columns: 2,
    gutter: { x: gutter.x, top: gutter.top, bottom: gutter.bottom },
    lines: [
      ...groupLines(above, page, 0),
      ...groupLines(leftColumn, page, 0),
      ...groupLines(rightColumn, page, 1),
      ...groupLines(below, page, 0),
    ],
  };
}
