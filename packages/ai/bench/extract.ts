// Extraction speed: one-page PDFs (and the other formats) extracted per second on one core, on dotin resumes
// rendered by scripts/render-fixtures.ts into a temp dir. `pnpm bench parse` (ai-parse's script) calls
// benchExtract; run alone:
//   pnpm --filter @hotgigs/ai exec tsx bench/extract.ts [--src DIR] [--seconds S]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

export async function benchExtract(options: { src?: string; seconds?: number } = {}): Promise<ExtractBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hotgigs-extract-'));
  try {
    await renderAll(options.src ?? DEFAULT_SOURCE, dir);
    const names = readdirSync(dir);
    const load = (suffix: string) => names.filter((n) => n.endsWith(suffix)).map((n) => new Uint8Array(readFileSync(join(dir, n))));
    const { extractDocument: extract } = await import('../src/index.ts');
    const onePage: Uint8Array[] = [];
    const twoColumnOnePage: Uint8Array[] = [];
    for (const name of names.filter((n) => n.endsWith('.pdf'))) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const doc = await extract(bytes);
      if (doc.pages === 1) (name.endsWith('.2col.pdf') ? twoColumnOnePage : onePage).push(bytes);
    }
    const seconds = options.seconds ?? 3;
    return [
      await timeExtract('PDF, 1 page, one column', onePage, seconds),
      await timeExtract('PDF, 1 page, two columns', twoColumnOnePage, seconds),
      await timeExtract('PDF, all', load('.pdf'), seconds),
      await timeExtract('DOCX', load('.docx'), seconds),
      await timeExtract('TXT', load('.txt'), seconds),
    ];
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
  printExtractBench(await benchExtract({ src: arg('--src'), seconds: secs ? Number(secs) : undefined }));
}
