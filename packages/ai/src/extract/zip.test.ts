import { describe, expect, it } from 'vitest';
import { inflatedSize, readZipDirectory } from './zip.ts';
import { writeZip } from './zip-writer.test-support.ts';

describe('readZipDirectory', () => {
  it('lists entries with their declared sizes', () => {
    const dir = readZipDirectory(writeZip([{ name: 'a.txt', data: 'hello' }, { name: 'b/c.xml', data: 'x'.repeat(1000), deflate: true }]));
    expect(dir.ok && dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 0, 5],
      ['b/c.xml', 8, 1000],
    ]);
  });

  it.each<[string, Uint8Array, string]>([
    ['not a zip', new TextEncoder().encode('hello'), 'not_zip'],
    ['a zip cut before its directory', writeZip([{ name: 'a.txt', data: 'hello world' }]).subarray(0, 40), 'unreadable'],
    ['more entries than allowed', writeZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}`, data: '' }))), 'too_many_entries'],
  ])('%s -> %s', (_label, bytes, reason) => {
    const dir = readZipDirectory(bytes, 10);
    expect(dir.ok ? 'ok' : dir.reason).toBe(reason);
  });
});

describe('inflatedSize', () => {
  it.each<[string, Parameters<typeof writeZip>[0][number], number, number | string]>([
    ['a stored entry', { name: 'a', data: 'hello' }, 100, 5],
    ['a deflated entry', { name: 'a', data: 'x'.repeat(5000), deflate: true }, 10_000, 5000],
    ['over the cap', { name: 'a', data: 'x'.repeat(5000), deflate: true }, 1000, 'over'],
    ['more than it declares', { name: 'a', data: 'x'.repeat(5000), deflate: true, declaredSize: 10 }, 10_000, 'over'],
  ])('%s', (_label, entry, cap, expected) => {
    const bytes = writeZip([entry]);
    const dir = readZipDirectory(bytes);
    if (!dir.ok) throw new Error('unreadable');
    expect(inflatedSize(bytes, dir.entries[0]!, cap)).toBe(expected);
  });
});
