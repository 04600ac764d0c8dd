import { describe, expect, it } from 'vitest';
import { groupLines, layoutPage, type PageItem } from './pdf-layout.ts';

const item = (str: string, x: number, baseline: number, opts: Partial<PageItem> = {}): PageItem => ({
  str,
  x,
  baseline,
  width: str.length * 5,
  fontSize: 10,
  bold: false,
  ...opts,
});

describe('groupLines', () => {
  it.each<[string, PageItem[], string[]]>([
    ['words on one baseline, spaced by gaps', [item('World', 86, 100), item('Hello', 50, 100)], ['Hello World']],
    ['touching runs join without a space', [item('Jav', 50, 100), item('aScript', 65, 100)], ['JavaScript']],
    ['a slightly raised run stays on the line', [item('Note', 50, 100), item('1', 72, 98)], ['Note 1']],
    ['two baselines, two lines, top first', [item('second', 50, 120), item('first', 50, 100)], ['first', 'second']],
    ['a bullet glyph and its text', [item('•', 50, 100, { width: 4 }), item('Led a team', 60, 100)], ['• Led a team']],
  ])('%s', (_label, items, lines) => {
    expect(groupLines(items, 1, 0).map((l) => l.text)).toEqual(lines);
  });

  it('takes the size and boldness most characters have', () => {
    const [line] = groupLines([item('EXPERIENCE', 50, 100, { fontSize: 14, bold: true }), item('(2)', 120, 100)], 1, 0);
    expect(line).toMatchObject({ fontSize: 14, bold: true, bullet: false });
  });
});

function twoColumns(leftLines: number, rightLines: number): PageItem[] {
  const items = [item('Jane Doe — a name across the whole page', 50, 60, { width: 500, fontSize: 20 })];
  for (let i = 0; i < leftLines; i++) items.push(item(`left ${i} skills`, 50, 100 + i * 13, { width: 140 }));
  for (let i = 0; i < rightLines; i++) items.push(item(`right ${i} a longer line of experience`, 230, 100 + i * 13, { width: 320 }));
  return items;
}

describe('layoutPage', () => {
  it.each<[string, PageItem[], 1 | 2]>([
    ['a sidebar and a main column', twoColumns(30, 40), 2],
    ['columns of equal length', twoColumns(40, 40), 2],
    [
      'titles with right-aligned dates (one column)',
      [
        ...Array.from({ length: 40 }, (_, i) => item(`a body line number ${i} that is long`, 50, 100 + i * 13, { width: i % 8 === 0 ? 200 : 500 })),
        ...Array.from({ length: 5 }, (_, i) => item('Jan 2020 - Present', 480, 100 + i * 8 * 13, { width: 80 })),
      ],
      1,
    ],
    ['full-width paragraphs', Array.from({ length: 40 }, (_, i) => item(`line ${i}`, 50, 100 + i * 13, { width: 500 })), 1],
    ['too little text', [item('a', 50, 100), item('b', 300, 100)], 1],
  ])('%s -> %i column(s)', (_label, items, columns) => {
    expect(layoutPage(items, 1).columns).toBe(columns);
  });

  it('reads the banner, then the left column, then the right column', () => {
    const { lines } = layoutPage(twoColumns(3 * 5, 20), 1);
    expect(lines[0]!.text).toMatch(/^Jane Doe/u);
    const firstRight = lines.findIndex((l) => l.column === 1);
    expect(lines.slice(1, firstRight).every((l) => l.text.startsWith('left'))).toBe(true);
    expect(lines.slice(firstRight).every((l) => l.text.startsWith('right') && l.column === 1)).toBe(true);
    expect(lines[firstRight]!.text).toMatch(/^right 0/u);
  });
});
