// Real resume files as bytes, built here so the tests need nothing checked in: good ones of each format, and the
// hostile ones an upload must survive (docs/profiles.md): an encrypted PDF, a corrupt PDF, a 500-page PDF, a PDF
// with no text layer (a scan), a DOCX zip bomb, and a PNG whatever its name says.
import { deflateRawSync } from 'node:zlib';
import { writeZip } from '../../../packages/ai/src/extract/zip-writer.test-support.ts';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** A PDF from its objects' bodies (object n is bodies[n-1]), with a correct cross-reference table. */
export function buildPdf(bodies: string[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const chunk = latin1(`${i + 1} 0 obj\n${body}\nendobj\n`);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

/** A PDF whose pages hold these lines of text (Helvetica), one array of lines per page. */
export function textPdf(pages: string[][], trailerExtra = ''): Uint8Array {
  // 1 catalog, 2 pages, 3 font, then a page object and its content stream per page.
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const bodies = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  pages.forEach((lines, i) => {
    bodies.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    const text = lines.map((line, n) => `BT /F1 11 Tf 72 ${740 - n * 16} Td (${escapePdf(line)}) Tj ET`).join('\n');
    bodies.push(stream(text));
  });
  return buildPdf(bodies, trailerExtra);
}

export const RESUME_LINES = [
  'Ann Example',
  'ann@example.com | +44 113 496 0000 | Leeds, UK',
  'Summary',
  'Welder and fabricator with eight years in structural steel.',
  'Experience',
  'Senior Welder, Acme Steel (2019 - Present)',
  '- Cut rework by 20% by introducing weld inspection checklists',
  'Education',
  'BSc Mechanical Engineering, University of Leeds, 2012 - 2015',
  'Skills',
  'Python, SQL, Project Management',
];

export const goodTxt = () => new TextEncoder().encode(`${RESUME_LINES.join('\n')}\n`);
export const goodPdf = () => textPdf([RESUME_LINES]);

const DOC_XML = (paragraphs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`)
    .join('')}</w:body></w:document>`;
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export const goodDocx = () =>
  writeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: DOC_XML(RESUME_LINES), deflate: true },
  ]);

/** Hostile files: what each is, its bytes, and what the portal must do with it. */
export interface HostileFile {
  name: string;
  /** The filename the upload claims. */
  filename: string;
  bytes: () => Uint8Array;
  /** 'refused': the upload answers 415; 'failed': accepted, then the resume ends failed with a reason. */
  outcome: 'refused' | 'failed';
}

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'a password-protected PDF',
    filename: 'locked.pdf',
    // The standard security handler (RC4, revision 2): readers ask for a password before showing anything.
    bytes: () =>
      textPdf(
        [RESUME_LINES],
        `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'a1'.repeat(32)}> /U <${'b2'.repeat(32)}> >> /ID [<${'c3'.repeat(16)}> <${'c3'.repeat(16)}>] `,
      ),
    outcome: 'failed',
  },
  {
    name: 'a corrupt PDF',
    filename: 'broken.pdf',
    bytes: () => new Uint8Array(Buffer.concat([latin1('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R'), Buffer.alloc(4096, 0x8f)])),
    outcome: 'failed',
  },
  {
    name: 'a 500-page PDF',
    filename: 'long.pdf',
    bytes: () => textPdf(Array.from({ length: 500 }, (_, i) => [`Page ${i + 1}`, 'Welder at Acme Steel'])),
    outcome: 'failed',
  },
  {
    name: 'a scanned PDF with no text layer',
    filename: 'scan.pdf',
    // A page that only draws (a grey rectangle where a scan's image would be): nothing to read.
    bytes: () =>
      buildPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
        stream('0.5 g 36 36 540 720 re f'),
      ]),
    outcome: 'failed',
  },
  {
    name: 'a DOCX zip bomb (one entry that unpacks 1000:1)',
    filename: 'bomb.docx',
    bytes: () =>
      writeZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: '_rels/.rels', data: RELS },
        { name: 'word/document.xml', data: DOC_XML(['Ann Example']) },
        { name: 'word/media/a.xml', data: 'a'.repeat(30_000_000), deflate: true },
      ]),
    outcome: 'failed',
  },
  {
    name: 'a DOCX that lies about its unpacked size',
    filename: 'liar.docx',
    bytes: () =>
      writeZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: '_rels/.rels', data: RELS },
        { name: 'word/document.xml', data: DOC_XML(['Ann Example']), deflate: true, declaredSize: 100 },
        { name: 'word/liar.xml', data: 'b'.repeat(60 * 1024 * 1024), deflate: true, declaredSize: 1000 },
      ]),
    outcome: 'failed',
  },
  {
    name: 'a PNG named .pdf',
    filename: 'resume.pdf',
    bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...deflateRawSync(Buffer.alloc(64))]),
    outcome: 'refused',
  },
  {
    name: 'an executable named .docx',
    filename: 'resume.docx',
    bytes: () => new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...Buffer.alloc(200, 0)]),
    outcome: 'refused',
  },
];
