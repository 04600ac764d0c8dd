// Consumers (apps/api) typecheck this file without packages/ai/tsconfig.json: the worker module's types come along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module declaration cannot be imported
/// <reference path="./pdfjs-worker.d.ts" />
// PDF: pdfjs-dist's legacy build, in-process (its worker code runs on this thread; no Worker, no eval, no font
// or network fetching, no warnings), text items with positions -> lines, with two-column pages read column by
// column. Every pdfjs error is wrapped: no internal text reaches the candidate.
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractedDocument, ExtractLimits, TextLine } from '../types.ts';
import { fileError } from './errors.ts';
import { buildDocument } from './lines.ts';
import { layoutPage, type PageItem } from './pdf-layout.ts';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | null = null;

/** Loads pdfjs once, with its worker's message handler on this thread (pdfjs then never starts a Worker). */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|ultrabold/iu;

interface FontInfo {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

export async function extractPdf(bytes: Uint8Array, limits: Required<ExtractLimits>): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfJs();
  // pdfjs takes ownership of (detaches) the buffer it is given: it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    verbosity: 0,
    enableXfa: false,
    stopAtErrors: false,
    // Images are never decoded (a resume's photo or a scan would cost time and memory for nothing).
    maxImageSize: 1,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    if ((error as { name?: string }).name === 'PasswordException') throw fileError('encrypted');
    throw fileError('corrupt');
  }
  try {
    // The page count comes from the document's page tree: a long file is refused before any page is read.
    if (pdf.numPages > limits.maxPages) {
      throw fileError('too_many_pages', `This PDF has ${pdf.numPages} pages; a resume can have at most ${limits.maxPages}: upload a shorter version`);
    }
    const pages: PageItem[][] = [];
    const links: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Font names (and pdfjs' own bold flag) are known once the page's fonts are loaded by its operator list.
      await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const fonts = new Map<string, boolean>();
      const isBold = (fontName: string): boolean => {
        let bold = fonts.get(fontName);
        if (bold === undefined) {
          let font: FontInfo | undefined;
          try {
            font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as FontInfo) : undefined;
          } catch {
            font = undefined;
          }
          bold = font?.bold === true || font?.black === true || BOLD_NAME.test(font?.name ?? '') || BOLD_NAME.test(fontName);
          fonts.set(fontName, bold);
        }
        return bold;
      };
      const items: PageItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        // Horizontal text only: rotated or vertical runs (watermarks, side labels) are left out of the layout.
        if (Math.abs(b!) > 0.05 * Math.abs(a!) || a! <= 0) continue;
        const fontSize = Math.hypot(c!, d!);
        if (!(fontSize > 0.5)) continue;
        const scale = Math.hypot(a!, b!) / Math.max(1e-9, Math.hypot(item.transform[0] as number, item.transform[1] as number));
        items.push({
          str: item.str,
          x: e!,
          baseline: f!,
          width: Math.max(0, item.width * (Number.isFinite(scale) ? scale : 1)),
          fontSize,
          bold: isBold(item.fontName),
        });
        chars += item.str.trim().length;
      }
      for (const annotation of (await page.getAnnotations({ intent: 'display' })) as { subtype?: string; url?: unknown }[]) {
        if (annotation.subtype === 'Link' && typeof annotation.url === 'string') links.push(annotation.url);
      }
      pages.push(items);
      page.cleanup();
    }
    if (chars === 0) throw fileError('no_text');
    const lines: TextLine[] = [];
    let columns: 1 | 2 = 1;
    const pageLines = pages.map((items, i) => layoutPage(items, i + 1));
    for (const laid of pageLines) {
      if (laid.columns === 2) columns = 2;
      lines.push(...laid.lines);
    }
    const body = bodyFontSize(lines);
    assignGaps(lines, body);
    return buildDocument('pdf', pdf.numPages, columns, body, lines, limits.maxChars, links);
  } catch (error) {
    if (error instanceof Error && error.name === 'ResumeFileError') throw error;
    throw fileError('corrupt');
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

/** The font size most characters are set in (to 0.5 pt). */
export function bodyFontSize(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight || (w === bestWeight && size < best)) [best, bestWeight] = [size, w];
  return best || 10;
}

/**
 * gapBefore: the space above each line beyond its normal leading, in body line heights. The body line height is
 * the tightest recurring baseline step between consecutive body-size lines of one column.
 */
export function assignGaps(lines: TextLine[], body: number): void {
  const steps: number[] = [];
  const baseline = (l: TextLine) => l.y + l.fontSize;
  for (let i = 1; i < lines.length; i++) {
    const [p, l] = [lines[i - 1]!, lines[i]!];
    if (p.page !== l.page || p.column !== l.column) continue;
    if (Math.abs(p.fontSize - body) > 0.6 || Math.abs(l.fontSize - body) > 0.6) continue;
    const step = baseline(l) - baseline(p);
    if (step > 0.5 * body && step < 2.5 * body) steps.push(step);
  }
  // The tightest step that recurs (wrapped lines of a paragraph), not the median: resumes space their list items
  // and entries apart, and that space is what gapBefore reports.
  const counts = new Map<number, number>();
  for (const step of steps) if (step >= 0.9 * body) counts.set(Math.round(step * 2) / 2, (counts.get(Math.round(step * 2) / 2) ?? 0) + 1);
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([step]) => step);
  steps.sort((x, y) => x - y);
  const lineHeight = recurring.length > 0 ? Math.min(...recurring) : steps.length > 0 ? steps[Math.floor(steps.length / 2)]! : 1.2 * body;
  const leading = lineHeight / body;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const p = lines[i - 1];
    if (!p || p.page !== l.page || p.column !== l.column || baseline(l) <= baseline(p)) {
      l.gapBefore = 0;
      continue;
    }
    const expected = Math.max(p.fontSize, l.fontSize) * leading;
    const gap = (baseline(l) - baseline(p) - expected) / lineHeight;
    l.gapBefore = gap < 0.25 ? 0 : Math.round(gap * 10) / 10;
  }
}
