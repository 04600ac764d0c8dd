import { describe, expect, it } from 'vitest';
import { htmlToLines } from './docx.ts';

type Row = [text: string, fontSize: number, bold: boolean, bullet: boolean, gapBefore: number];
const rows = (html: string): Row[] => htmlToLines(html).map((l) => [l.text, l.fontSize, l.bold, l.bullet, l.gapBefore]);

describe('htmlToLines (mammoth HTML -> lines)', () => {
  it.each<[string, string, Row[]]>([
    ['a paragraph', '<p>Jane Doe</p>', [['Jane Doe', 11, false, false, 0]]],
    ['headings by level', '<h1>Jane</h1><h2>Skills</h2><h3>Tools</h3>', [['Jane', 20, true, false, 0], ['Skills', 16, true, false, 1], ['Tools', 14, true, false, 1]]],
    ['a bold paragraph', '<p><strong>Senior Engineer</strong></p>', [['Senior Engineer', 11, true, false, 0]]],
    ['mostly bold', '<p><strong>Senior Engineer</strong>, X</p>', [['Senior Engineer, X', 11, true, false, 0]]],
    ['a little bold', '<p>Worked at <strong>X</strong> for many years</p>', [['Worked at X for many years', 11, false, false, 0]]],
    ['list items get a bullet glyph', '<ul><li>One</li><li>Two</li></ul>', [['• One', 11, false, true, 0], ['• Two', 11, false, true, 0]]],
    ['numbered items too', '<ol><li>First</li></ol>', [['• First', 11, false, true, 0]]],
    [
      'a nested list',
      '<ul><li>Parent<ul><li>Child</li></ul></li><li>Next</li></ul>',
      [['• Parent', 11, false, true, 0], ['• Child', 11, false, true, 0], ['• Next', 11, false, true, 0]],
    ],
    ['a typed bullet is not doubled', '<p>• Typed</p>', [['• Typed', 11, false, true, 0]]],
    ['empty paragraphs are a gap', '<p>A</p><p></p><p></p><p>B</p>', [['A', 11, false, false, 0], ['B', 11, false, false, 2]]],
    ['a line break splits a paragraph', '<p>Line one<br />Line two</p>', [['Line one', 11, false, false, 0], ['Line two', 11, false, false, 0]]],
    [
      'table cells are lines',
      '<table><tr><td><p>Java</p></td><td><p>5 years</p></td></tr></table>',
      [['Java', 11, false, false, 0], ['5 years', 11, false, false, 0]],
    ],
    ['entities', '<p>R&amp;D &lt;team&gt; &#233;t&#xE9; &quot;x&quot;</p>', [['R&D <team> été "x"', 11, false, false, 0]]],
    ['links keep their text', '<p><a href="https://x.dev">x.dev</a></p>', [['x.dev', 11, false, false, 0]]],
    ['images are dropped', '<p><img src="" /></p><p>Text</p>', [['Text', 11, false, false, 0]]],
  ])('%s', (_label, html, expected) => {
    expect(rows(html)).toEqual(expected);
  });
});
