import { describe, expect, it } from 'vitest';
import { escapeHtml, singleLine } from './safe-text.ts';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    [`" onmouseover='x'`, '&quot; onmouseover=&#39;x&#39;'],
    ['&amp;', '&amp;amp;'],
    ['plain text', 'plain text'],
  ])('%s -> %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('singleLine', () => {
  it.each([
    ['Welcome\r\nBcc: evil@example.com', 'Welcome Bcc: evil@example.com'],
    ['a\nb\rc\td', 'a b c d'],
    ['null\u0000byte and \u001b[31mred', 'null byte and [31mred'],
    ['line\u2028separator\u0085next', 'line separator next'],
    ['  padded   out  ', 'padded out'],
    ['Ünïcödé stays', 'Ünïcödé stays'],
  ])('%j -> %j', (input, expected) => {
    expect(singleLine(input)).toBe(expected);
  });
});
