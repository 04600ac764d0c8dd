// Link targets a document holds but may not print (an icon or "LinkedIn" linked to the profile).
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.ts';
import { cleanLinks } from './lines.ts';

describe('cleanLinks', () => {
  it.each<[string[], string[]]>([
    [['https://github.com/jane', 'https://github.com/jane', 'mailto:jane@example.com'], ['https://github.com/jane', 'mailto:jane@example.com']],
    [['javascript:alert(1)', 'file:///etc/passwd', '#section', 'ftp://x', ' http://x.dev '], ['http://x.dev']],
    [['https://x.dev/a b'], []],
  ])('%j -> %j', (input, expected) => {
    expect(cleanLinks(input)).toEqual(expected);
  });
});

async function pdfWithLinks(urls: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('Jane Doe  in  gh', { x: 50, y: 740, size: 12, font });
  const annots = urls.map((url, i) =>
    doc.context.register(
      doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [100 + i * 30, 735, 120 + i * 30, 752],
        Border: [0, 0, 0],
        A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
      }),
    ),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
  return doc.save();
}

describe('links', () => {
  it('PDF: link annotations, unsafe schemes left out', async () => {
    const doc = await extractDocument(await pdfWithLinks(['https://www.linkedin.com/in/jane', 'javascript:alert(1)', 'https://github.com/jane']));
    expect(doc.links).toEqual(['https://www.linkedin.com/in/jane', 'https://github.com/jane']);
  });

  it('DOCX: hyperlinks', async () => {
    const docx = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Jane Doe')] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'https://github.com/jane', children: [new TextRun('GitHub')] })] }),
          ],
        },
      ],
    });
    const doc = await extractDocument(new Uint8Array(await Packer.toBuffer(docx)));
    expect(doc.text).toBe('Jane Doe\nGitHub');
    expect(doc.links).toEqual(['https://github.com/jane']);
  });

  it('none: no links field', async () => {
    expect((await extractDocument(new TextEncoder().encode('Jane Doe\nhttps://x.dev'))).links).toBeUndefined();
  });
});
