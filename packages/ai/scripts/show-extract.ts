// Prints what extraction makes of files, line by line (page/column, geometry, size, bold, gap, bullet):
//   pnpm --filter @hotgigs/ai exec tsx scripts/show-extract.ts FILE...
import { readFileSync } from 'node:fs';
import { extractDocument } from '../src/index.ts';
for (const f of process.argv.slice(2)) {
  const d = await extractDocument(new Uint8Array(readFileSync(f)));
  console.log(f, d.format, d.pages, d.columns, d.bodyFontSize, d.links ?? []);
  for (const l of d.lines) console.log(`${l.page}/${l.column} x=${l.x} y=${l.y} fs=${l.fontSize} ${l.bold ? 'B' : ' '} g=${l.gapBefore} ${l.bullet ? '*' : ' '} ${l.text}`);
}
