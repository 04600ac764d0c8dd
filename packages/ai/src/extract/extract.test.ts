import { Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ResumeFileError, type ResumeFileErrorCode } from '../types.ts';
import { extractDocument } from './index.ts';
import { writeZip } from './zip-writer.test-support.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function code(bytes: Uint8Array, limits = {}): Promise<ResumeFileErrorCode | 'ok'> {
  try {
    await extractDocument(bytes, limits);
    return 'ok';
  } catch (error) {
    if (error instanceof ResumeFileError) return error.code;
    throw error;
  }
}

describe('TXT extraction', () => {
  it('keeps lines, turns blank lines into gapBefore, finds bullets, leaves ALL-CAPS lines as text', async () => {
    const doc = await extractDocument(enc('Jane Doe\r\njane@example.com\r\n\r\n\r\nEXPERIENCE\n• Built a thing\n- Shipped\n   Plain   spaced\tline  \n'));
    expect(doc.format).toBe('txt');
    expect(doc.lines.map((l) => [l.text, l.gapBefore, l.bullet, l.bold])).toEqual([
      ['Jane Doe', 0, false, false],
      ['jane@example.com', 0, false, false],
      ['EXPERIENCE', 2, false, false],
      ['• Built a thing', 0, true, false],
      ['- Shipped', 0, true, false],
      ['Plain spaced line', 0, false, false],
    ]);
    expect(doc.text).toBe('Jane Doe\njane@example.com\nEXPERIENCE\n• Built a thing\n- Shipped\nPlain spaced line');
  });

  it('decodes UTF-16 with a BOM', async () => {
    const doc = await extractDocument(new Uint8Array([0xff, 0xfe, ...Buffer.from('Renée\nMüller', 'utf16le')]));
    expect(doc.text).toBe('Renée\nMüller');
  });

  it.each([
    [5, 'Jane'],
    [10, 'Jane Doe\nE'],
    [1000, 'Jane Doe\nEngineer'],
  ])('truncates to maxChars=%i', async (maxChars, text) => {
    const doc = await extractDocument(enc('Jane Doe\nEngineer\n'), { maxChars });
    expect(doc.text).toBe(text);
  });
});

async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: 'bullet', text: '•' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Jane Doe', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'jane@example.com' }),
          new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun({ text: 'Senior Engineer', bold: true })] }),
          new Paragraph({ text: 'Built a search engine', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Cut costs by 30% & more', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: '' }),
          new Paragraph({ children: [new TextRun('Line one'), new TextRun({ text: 'Line two', break: 1 })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX extraction', () => {
  it('turns headings into bigger bold lines and list items into bullets', async () => {
    const doc = await extractDocument(await sampleDocx());
    expect(doc.format).toBe('docx');
    expect(doc.lines.map((l) => [l.text, l.fontSize > doc.bodyFontSize, l.bold, l.bullet, l.gapBefore])).toEqual([
      ['Jane Doe', true, true, false, 0],
      ['jane@example.com', false, false, false, 0],
      ['Experience', true, true, false, 1],
      ['Senior Engineer', false, true, false, 0],
      ['• Built a search engine', false, false, true, 0],
      ['• Cut costs by 30% & more', false, false, true, 0],
      ['Line one', false, false, false, 1],
      ['Line two', false, false, false, 0],
    ]);
  });
});

describe('DOCX page headers and footers', () => {
  it('reads the name and contact a template put in the page header, once, before the body; page numbers dropped', async () => {
    const doc = new Document({
      sections: [
        {
          headers: {
            default: new Header({ children: [new Paragraph({ text: 'Jane Doe' }), new Paragraph({ children: [new TextRun('jane@example.com'), new TextRun({ text: '+1 555 0100', break: 1 })] })] }),
            first: new Header({ children: [new Paragraph({ text: 'Jane Doe' })] }),
          },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] }), new Paragraph('Berlin, Germany')] }) },
          children: [new Paragraph({ text: 'Experience', heading: HeadingLevel.HEADING_1 }), new Paragraph('Engineer at Acme')],
        },
      ],
    });
    const extracted = await extractDocument(new Uint8Array(await Packer.toBuffer(doc)));
    expect(extracted.lines.map((l) => [l.text, l.gapBefore])).toEqual([
      ['Jane Doe', 0],
      ['jane@example.com', 0],
      ['+1 555 0100', 0],
      ['Experience', 1],
      ['Engineer at Acme', 0],
      ['Berlin, Germany', 1],
    ]);
  });
});

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const ENTITY_BOMB = `<!DOCTYPE w:document [<!ENTITY a0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`).join('')}]>`;

function minimalDocx(run: string, doctype = ''): Uint8Array {
  const xml = `<?xml version="1.0"?>${doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>${run}</w:r></w:p></w:body></w:document>`;
  return writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: xml, deflate: true },
  ]);
}

const DOC_XML = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>';

describe('hostile DOCX and zip files', () => {
  it.each<[string, () => Uint8Array | Promise<Uint8Array>, ResumeFileErrorCode | 'ok']>([
    [
      'more entries than maxZipEntries',
      () => writeZip([{ name: 'word/document.xml', data: DOC_XML }, ...Array.from({ length: 2100 }, (_, i) => ({ name: `f/${i}.xml`, data: '' }))]),
      'too_large',
    ],
    [
      'a declared unpacked size over 50 MB',
      () => writeZip([{ name: 'word/document.xml', data: DOC_XML }, { name: 'word/big.xml', data: 'x', declaredSize: 60 * 1024 * 1024 }]),
      'too_large',
    ],
    [
      'an entry that compresses 1000:1',
      () => writeZip([{ name: 'word/document.xml', data: DOC_XML }, { name: 'word/a.xml', data: 'a'.repeat(2_000_000), deflate: true }]),
      'too_large',
    ],
    [
      'an entry that unpacks to more than it declares',
      () =>
        writeZip([
          { name: 'word/document.xml', data: DOC_XML },
          { name: 'word/liar.xml', data: 'a'.repeat(3_000_000), deflate: true, declaredSize: 1000 },
        ]),
      'too_large',
    ],
    ['a minimal valid DOCX (the package the bomb cases below build on)', () => minimalDocx('<w:t>Jane Doe</w:t>'), 'ok'],
    ['a DOCX whose XML is an entity bomb (billion laughs)', () => minimalDocx('<w:t>Jane &a9;</w:t>', ENTITY_BOMB), 'corrupt'],
    ['a zip with word/document.xml that is not a Word document', () => writeZip([{ name: 'word/document.xml', data: 'not xml <<<' }]), 'corrupt'],
    ['a truncated DOCX', async () => (await sampleDocx()).subarray(0, 2000), 'corrupt'],
    ['a zip that is not a DOCX', () => writeZip([{ name: 'hello.txt', data: 'hi' }]), 'unsupported_type'],
    ['binary junk', () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'unsupported_type'],
    ['a PNG', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'unsupported_type'],
    ['no bytes', () => new Uint8Array(), 'empty'],
    ['only whitespace', () => enc('  \n\n \t\n'), 'empty'],
  ])('%s', async (_label, make, expected) => {
    expect(await code(await make())).toBe(expected);
  });

  it('the messages carry no library text', async () => {
    const error = await extractDocument(writeZip([{ name: 'word/document.xml', data: 'not xml <<<' }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResumeFileError);
    expect((error as Error).message).toMatch(/damaged/u);
  });
});
