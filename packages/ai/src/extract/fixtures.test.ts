// The committed sample (fixtures/resumes, rendered from dotin's labelled resumes by scripts/render-fixtures.ts):
// each resume in four formats, read back with the right structure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../types.ts';
import { extractDocument } from './index.ts';

const dir = new URL('../../fixtures/resumes/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const labels = (id: string) => JSON.parse(readFileSync(new URL(`${id}.labels.json`, dir), 'utf8')) as { name: string; email: string | null };
const IDS = ['1', '10', '30', '50'];
const flat = (doc: ExtractedDocument) => doc.text.replace(/\s+/gu, ' ');

describe.each(IDS)('resume %s', (id) => {
  it.each([
    ['txt', `${id}.txt`],
    ['docx', `${id}.docx`],
    ['pdf', `${id}.1col.pdf`],
    ['pdf', `${id}.2col.pdf`],
  ])('%s %s: the name first, the email in the text', async (format, file) => {
    const doc = await extractDocument(read(file));
    expect(doc.format).toBe(format);
    expect(doc.lines[0]!.text).toBe(labels(id).name);
    const email = labels(id).email;
    if (email) expect(flat(doc)).toContain(email);
    expect(doc.text).toBe(doc.lines.map((l) => l.text).join('\n'));
  });

  it.each([`${id}.1col.pdf`, `${id}.2col.pdf`, `${id}.docx`])('%s: the name and headings bigger and bold, body not', async (file) => {
    const doc = await extractDocument(read(file));
    const name = doc.lines[0]!;
    expect(name.bold).toBe(true);
    expect(name.fontSize).toBeGreaterThan(doc.bodyFontSize);
    const headings = doc.lines.filter((l) => /^(WORK EXPERIENCE|EDUCATION|SKILLS)$/u.test(l.text));
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) {
      expect(h.bold).toBe(true);
      expect(h.fontSize).toBeGreaterThan(doc.bodyFontSize);
    }
    const body = doc.lines.filter((l) => l.fontSize === doc.bodyFontSize);
    expect(body.filter((l) => l.bold).length).toBeLessThan(body.length / 4);
  });

  it(`${id}.1col.pdf: one column, lines top to bottom`, async () => {
    const doc = await extractDocument(read(`${id}.1col.pdf`));
    expect(doc.columns).toBe(1);
    expect(doc.lines.every((l) => l.column === 0)).toBe(true);
    for (let i = 1; i < doc.lines.length; i++) {
      const [p, l] = [doc.lines[i - 1]!, doc.lines[i]!];
      if (p.page === l.page) expect(l.y).toBeGreaterThan(p.y);
    }
  });

  it(`${id}.2col.pdf: the sidebar is read before the main column`, async () => {
    const doc = await extractDocument(read(`${id}.2col.pdf`));
    expect(doc.columns).toBe(2);
    const page1 = doc.lines.filter((l) => l.page === 1);
    const firstRight = page1.findIndex((l) => l.column === 1);
    expect(firstRight).toBeGreaterThan(0);
    const lastLeft = page1.findLastIndex((l) => l.column === 0 && l.y > page1[firstRight]!.y - 1 && l.x < page1[firstRight]!.x);
    expect(lastLeft).toBeLessThan(firstRight);
    // The right column's lines all lie right of the left column's.
    const leftEdge = Math.min(...page1.filter((l) => l.column === 1).map((l) => l.x));
    for (const l of page1.filter((l) => l.column === 0 && l.y > page1[firstRight]!.y)) expect(l.x + l.width).toBeLessThan(leftEdge);
    // The sidebar holds contact and skills; the main column holds the experience.
    expect(page1.find((l) => l.text === 'CONTACT')!.column).toBe(0);
    const experience = page1.find((l) => /EXPERIENCE/u.test(l.text) && l.bold);
    if (experience) expect(experience.column).toBe(1);
  });

  it(`${id}.txt and ${id}.docx: bullets`, async () => {
    for (const file of [`${id}.txt`, `${id}.docx`]) {
      const doc = await extractDocument(read(file));
      for (const l of doc.lines) expect(l.bullet).toBe(/^[•\-*]/u.test(l.text));
    }
  });
});

describe('extractions side by side', () => {
  it('give what each gives alone (pdfjs and mammoth share nothing between documents)', async () => {
    const files = IDS.flatMap((id) => [`${id}.1col.pdf`, `${id}.2col.pdf`, `${id}.docx`, `${id}.txt`]).map(read);
    const alone: string[] = [];
    for (const f of files) alone.push((await extractDocument(f)).text);
    const together = await Promise.all([...files, ...files].map(async (f) => (await extractDocument(f)).text));
    expect(together).toEqual([...alone, ...alone]);
  });

  it('leave the caller’s bytes as they were (pdfjs gets a copy)', async () => {
    const bytes = read(`${IDS[0]}.1col.pdf`);
    const copy = bytes.slice();
    await extractDocument(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
