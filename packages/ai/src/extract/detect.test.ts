import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';
import { writeZip } from './zip-writer.test-support.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);

describe('detectFormat', () => {
  it.each<[string, Uint8Array, string | null]>([
    ['a PDF header', enc('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'pdf'],
    ['a PDF header after junk bytes', enc('\n\n%PDF-1.4\n'), 'pdf'],
    ['a zip with word/document.xml', writeZip([{ name: '[Content_Types].xml', data: '<x/>' }, { name: 'word/document.xml', data: '<w/>' }]), 'docx'],
    ['a zip without word/document.xml (an xlsx, say)', writeZip([{ name: 'xl/workbook.xml', data: '<x/>' }]), null],
    ['plain ASCII text', enc('Jane Doe\nSoftware Engineer\n'), 'txt'],
    ['UTF-8 text with accents', enc('Renée Müller — Ingénieure\n'), 'txt'],
    ['UTF-8 text with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Jane')]), 'txt'],
    ['UTF-16LE text with a BOM', utf16le('Jane Doe\nEngineer'), 'txt'],
    ['a PNG (named .pdf or not)', PNG, null],
    ['text with a NUL', enc('Jane\u0000Doe'), null],
    ['invalid UTF-8', new Uint8Array([0x4a, 0x61, 0xc3, 0x28, 0x6e]), null],
    ['binary junk', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)), null],
    ['mostly control characters', enc('\u0001\u0002\u0003\u0004abc'), null],
    ['an old Word .doc (OLE2)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]), null],
    ['UTF-16 without a BOM (NULs)', new Uint8Array(Buffer.from('Jane Doe', 'utf16le')), null],
    ['nothing', new Uint8Array(), null],
  ])('%s', (_label, bytes, expected) => {
    expect(detectFormat(bytes)).toBe(expected);
  });
});
