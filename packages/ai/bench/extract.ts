// Extraction speed: one-page PDFs (and the other formats) extracted per second on one core, on dotin resumes
// rendered by scripts/render-fixtures.ts into a temp dir. `pnpm bench parse` (ai-parse's script) calls
// benchExtract; run alone:
//   pnpm --filter @hotgigs/ai exec tsx bench/extract.ts [--src DIR] [--samples DIR] [--seconds S]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/index.ts';
import { DEFAULT_SOURCE, renderAll } from '../scripts/render-fixtures.ts';

export interface ExtractBenchRow {
  kind: string;
  files: number;
  perSecond: number;
  msPerFile: number;
}

/** Extracts each file repeatedly for about `seconds` and reports files per second (one thread: one core). */
export async function timeExtract(kind: string, files: Uint8Array[], seconds = 3): Promise<ExtractBenchRow> {
  for (const f of files.slice(0, 3)) await extractDocument(f); // warm-up (loading pdfjs, JIT)
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const f of files) {
      await extractDocument(f);
      done++;
    }
  }
  const ms = performance.now() - started;
  return { kind, files: files.length, perSecond: (done * 1000) / ms, msPerFile: ms / done };
}

/** Resume-Matcher's sample resumes (Apache-2.0; LaTeX moderncv PDFs), read in place when present. */
export const DEFAULT_SAMPLES = resolve(DEFAULT_SOURCE, '../samples/resumes');

/** How often the layout was found as rendered: two columns in the .2col PDFs, one in the .1col ones. */
export async function layoutAccuracy(dir: string): Promise<{ twoColumn: [number, number]; oneColumn: [number, number] }> {
  const twoColumn: [number, number] = [0, 0];
  const oneColumn: [number, number] = [0, 0];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.pdf'))) {
    const doc = await extractDocument(new Uint8Array(readFileSync(join(dir, name))));
    const tally = name.endsWith('.2col.pdf') ? twoColumn : oneColumn;
    tally[1]++;
    if (doc.columns === (name.endsWith('.2col.pdf') ? 2 : 1)) tally[0]++;
  }
  return { twoColumn, oneColumn };
}

export async function benchExtract(options: { src?: string; samples?: string; seconds?: number } = {}): Promise<ExtractBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hotgigs-extract-'));
  try {
    await renderAll(options.src ?? DEFAULT_SOURCE, dir);
    const layout = await layoutAccuracy(dir);
    console.log(
      `layout: two columns found in ${layout.twoColumn[0]}/${layout.twoColumn[1]} two-column PDFs, one column in ${layout.oneColumn[0]}/${layout.oneColumn[1]} one-column PDFs`,
    );
    const names = readdirSync(dir);
    const load = (suffix: string) => names.filter((n) => n.endsWith(suffix)).map((n) => new Uint8Array(readFileSync(join(dir, n))));
    const onePage: Uint8Array[] = [];
    const twoColumnOnePage: Uint8Array[] = [];
    for (const name of names.filter((n) => n.endsWith('.pdf'))) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const doc = await extractDocument(bytes);
      if (doc.pages === 1) (name.endsWith('.2col.pdf') ? twoColumnOnePage : onePage).push(bytes);
    }
    const seconds = options.seconds ?? 3;
    const rows = [
      await timeExtract('PDF, 1 page, one column', onePage, seconds),
      await timeExtract('PDF, 1 page, two columns', twoColumnOnePage, seconds),
      await timeExtract('PDF, all', load('.pdf'), seconds),
      await timeExtract('DOCX', load('.docx'), seconds),
      await timeExtract('TXT', load('.txt'), seconds),
    ];
    const samples = options.samples ?? DEFAULT_SAMPLES;
    if (existsSync(samples)) {
      const files = readdirSync(samples).filter((n) => n.endsWith('.pdf')).map((n) => new Uint8Array(readFileSync(join(samples, n))));
      if (files.length > 0) rows.push(await timeExtract('PDF, Resume-Matcher samples', files, seconds));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printExtractBench(rows: readonly ExtractBenchRow[]): void {
  console.log('\nextraction, one thread (one core)');
  for (const r of rows) {
    console.log(`  ${r.kind.padEnd(28)} ${String(r.files).padStart(4)} files  ${r.perSecond.toFixed(1).padStart(8)} /s  ${r.msPerFile.toFixed(2).padStart(7)} ms each`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const secs = arg('--seconds');
  const before = process.memoryUsage().rss;
  printExtractBench(await benchExtract({ src: arg('--src'), samples: arg('--samples'), seconds: secs ? Number(secs) : undefined }));
  console.log(`  RSS ${(before / 1e6).toFixed(0)} MB before, ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB after`);
}
