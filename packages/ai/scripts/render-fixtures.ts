// Renders dotin's labelled resumes (CC0; ../shared/data/resumes/dotin-train/*.xml: plain text with inline
// <label type="...">) into the formats extraction reads: a one-column PDF, a two-column PDF (a left sidebar with
// contact, skills, education; a right main column with summary and experience), a DOCX (Heading styles, list
// items) and TXT, plus the labels (name, email, titles, companies, skills, degrees, schools, locations) as JSON.
// Pure JS (pdf-lib's standard fonts, docx); nothing is downloaded.
//
//   pnpm --filter @hotgigs/ai exec tsx scripts/render-fixtures.ts [--src DIR] [--out DIR] [--ids 1,10] [--all]
//
// Without --ids/--all it writes the committed sample (SAMPLE_IDS) to fixtures/resumes/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export const SAMPLE_IDS = ['1', '10', '30', '50'];

export interface ResumeLabels {
  id: string;
  source: string;
  name: string | null;
  email: string | null;
  titles: string[];
  companies: string[];
  skills: string[];
  degrees: string[];
  schools: string[];
  locations: string[];
  /** The rendered headline under the name (a line naming a labelled title), or null. */
  headline?: string | null;
  /** Labelled "Years of Experience" spans (date ranges and durations, as written). */
  dates?: string[];
  /** Labelled "Graduation Year" spans. */
  graduationYears?: string[];
  /** Spoken languages among the labelled "Soft Skills". */
  languages?: string[];
  /**
   * Not labelled by dotin, derived from the text by a strict rule (so the bench can score them): a phone is a
   * run of 10-13 digits in the usual groupings near the top or after "Phone/Mobile/Tel"; links are http(s)://,
   * www. or linkedin/github/indeed.com/... addresses.
   */
  phone?: string | null;
  links?: string[];
}

export interface RenderedResume {
  id: string;
  labels: ResumeLabels;
  txt: string;
  docx: Uint8Array;
  pdf1: Uint8Array;
  pdf2: Uint8Array;
}

interface Section {
  heading: string | null;
  lines: string[]; // '' = a blank line
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, n: string) =>
    n[0] === '#' ? String.fromCodePoint(n[1] === 'x' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10)) : (ENTITIES[n] ?? whole),
  );

/**
 * Characters the standard PDF fonts (WinAnsi) can draw; everything else becomes its closest ASCII or is dropped,
 * in every format alike, so the labels match the rendered text.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function sanitize(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') out += ch === '\t' ? ' ' : ch;
    else if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) out += ch;
    else {
      const ascii = ch.normalize('NFKD').replace(/[^\x20-\x7e]/gu, '');
      out += ascii;
    }
  }
  return out;
}

export function parseDotin(xml: string): { text: string; labels: { type: string; text: string }[] } {
  const body = xml.replace(/^[\s\S]*?<cv>/u, '').replace(/<\/cv>[\s\S]*$/u, '');
  const labels: { type: string; text: string }[] = [];
  const text = body.replace(/<label type="([^"]+)">([\s\S]*?)<\/label>/gu, (_m, type: string, inner: string) => {
    const value = sanitize(unescapeXml(inner));
    labels.push({ type, text: value });
    return value;
  });
  return { text: sanitize(unescapeXml(text)).replace(/^\n+/u, ''), labels };
}

/** dotin's multi-line (Indeed-style) resumes have line structure; the single-line Kaggle-style ones do not. */
export function hasLineStructure(text: string): boolean {
  return !text.trimStart().startsWith('"') && text.split('\n').filter((l) => l.trim() !== '').length >= 12;
}

const isHeading = (line: string) => {
  const t = line.trim();
  return t.length >= 3 && t.length <= 40 && /[A-Z]/u.test(t) && t === t.toUpperCase() && /^[A-Z][A-Z &/,-]+$/u.test(t);
};

export function toSections(text: string): Section[] {
  const sections: Section[] = [{ heading: null, lines: [] }];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/u, '').replace(/^\s+/u, '');
    if (isHeading(line)) sections.push({ heading: line, lines: [] });
    else {
      const current = sections[sections.length - 1]!;
      // Runs of blank lines collapse to one; none at a section's start.
      if (line === '' && (current.lines.length === 0 || current.lines[current.lines.length - 1] === '')) continue;
      current.lines.push(line);
    }
  }
  for (const s of sections) while (s.lines[s.lines.length - 1] === '') s.lines.pop();
  return sections.filter((s) => s.heading !== null || s.lines.length > 0);
}

const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();
function uniq(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map(clean).filter((v) => v !== '')) {
    if (!seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
}

/** Spoken languages as "Soft Skills" labels name them. */
export const LANGUAGE_NAMES = [
  'English', 'Hindi', 'German', 'French', 'Spanish', 'Italian', 'Portuguese', 'Russian', 'Chinese', 'Mandarin',
  'Japanese', 'Korean', 'Arabic', 'Dutch', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Bengali',
  'Gujarati', 'Punjabi', 'Urdu', 'Oriya', 'Odia', 'Assamese', 'Sanskrit', 'Konkani', 'Nepali', 'Sindhi',
];

const PHONE_LABELLED = /\b(?:phone|mobile|mob|tel|telephone|cell|contact(?: no)?)\.?\s*(?:no\.?|number)?\s*[:.-]?\s*(\+?[\d][\d ()./-]{6,18}\d)/iu;
const PHONE_SHAPED = /(?<![\d/.-])(\+\d{1,3}[ .-]?\(?\d{2,5}\)?(?:[ .-]?\d{2,5}){1,3}|\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}[ .-]\d{3}[ .-]\d{4}|[6-9]\d{9})(?![\d/.-])/u;
const LINK = /\b(?:https?:\/\/[^\s,;)]+|www\.[^\s,;)]+|(?:[a-z]{2,3}\.)?(?:linkedin|github|indeed)\.com\/[^\s,;)]+)/giu;

/** The phone and links of a resume's text, by the strict rule in ResumeLabels (not dotin labels). */
export function contactOf(text: string): { phone: string | null; links: string[] } {
  const top = text.split('\n').slice(0, 15).join('\n');
  const m = PHONE_LABELLED.exec(text) ?? PHONE_SHAPED.exec(top);
  const phone = m && m[1]!.replace(/\D/gu, '').length >= 7 ? m[1]!.trim() : null;
  const links = uniq([...text.matchAll(LINK)].map((l) => l[0].replace(/[.]+$/u, '')));
  return { phone, links };
}

export function labelsOf(id: string, labels: { type: string; text: string }[], text = ''): ResumeLabels {
  const of = (...types: string[]) => uniq(labels.filter((l) => types.includes(l.type)).map((l) => l.text));
  const soft = of('Soft Skills');
  return {
    id,
    source: `dotin-train/${id}.xml`,
    name: of('Name')[0] ?? null,
    email: of('Email Address')[0] ?? null,
    titles: of('Designation'),
    companies: of('Companies worked at'),
    skills: of('Tech Tools', 'Job Specific Skills'),
    degrees: of('Degree'),
    schools: of('College Name'),
    locations: of('Location'),
    headline: null,
    dates: of('Years of Experience'),
    graduationYears: of('Graduation Year'),
    languages: LANGUAGE_NAMES.filter((name) => soft.some((s) => new RegExp(`\\b${name}\\b`, 'iu').test(s))),
    ...contactOf(text),
  };
}

// ---------------------------------------------------------------------------------------------- PDF rendering

const PAGE = { width: 612, height: 792, margin: 50 };
const BODY = 10;
const HEADING = 12.5;
const NAME = 20;
const LEADING = 1.3;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/ +/u).filter((w) => w !== '');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(next, size) <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
    // A single word wider than the column is cut.
    while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
      out.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') out.push(line);
  return out;
}

/** A column that flows down pages: left edge, width, and where it starts on the first page. */
class Flow {
  private pageIndex = 0;
  private y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly pages: PDFPage[],
    private readonly fonts: Fonts,
    private readonly x: number,
    private readonly width: number,
    startY: number,
  ) {
    this.y = startY;
  }
  private page(): PDFPage {
    while (this.pages.length <= this.pageIndex) this.pages.push(this.doc.addPage([PAGE.width, PAGE.height]));
    return this.pages[this.pageIndex]!;
  }
  gap(points: number) {
    this.y -= points;
  }
  text(text: string, size: number, bold = false, indent = 0) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const isBullet = /^[•·\-*]\s/u.test(text);
    const hanging = isBullet ? font.widthOfTextAtSize('• ', size) : 0;
    const lines = wrap(text, font, size, this.width - indent - hanging);
    lines.forEach((line, i) => {
      if (this.y - size < PAGE.margin) {
        this.pageIndex++;
        this.y = PAGE.height - PAGE.margin;
      }
      this.y -= size;
      this.page().drawText(line, { x: this.x + indent + (i > 0 ? hanging : 0), y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.y -= size * (LEADING - 1);
    });
  }
  heading(text: string) {
    this.gap(BODY * 0.9);
    this.text(text, HEADING, true);
    this.gap(2);
  }
}

async function newPdf(): Promise<{ doc: PDFDocument; fonts: Fonts; pages: PDFPage[] }> {
  const doc = await PDFDocument.create();
  doc.setTitle('Resume');
  doc.setCreator('hotgigs render-fixtures');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  return { doc, fonts, pages: [doc.addPage([PAGE.width, PAGE.height])] };
}

function flowSection(flow: Flow, section: Section) {
  if (section.heading) flow.heading(section.heading);
  for (const line of section.lines) {
    if (line === '') flow.gap(BODY * 0.6);
    else flow.text(line, BODY);
  }
}

/** Splits the top block: the name and the headline on top, the rest (location, email, links) as contact. */
function header(sections: Section[], labels: ResumeLabels): { name: string; headline: string | null; contact: string[]; rest: Section[] } {
  const first = sections[0]!.heading === null ? sections[0]! : { heading: null, lines: [] };
  const rest = sections[0]!.heading === null ? sections.slice(1) : sections;
  const lines = first.lines.filter((l) => l !== '');
  const name = lines[0] ?? labels.name ?? '';
  const headline = lines.length > 1 && labels.titles.some((t) => lines[1]!.includes(t)) ? lines[1]! : null;
  const contact = lines.slice(headline ? 2 : 1);
  return { name, headline, contact, rest };
}

export async function renderPdfOneColumn(sections: Section[], labels: ResumeLabels): Promise<Uint8Array> {
  const { doc, fonts, pages } = await newPdf();
  const width = PAGE.width - 2 * PAGE.margin;
  const flow = new Flow(doc, pages, fonts, PAGE.margin, width, PAGE.height - PAGE.margin);
  const h = header(sections, labels);
  flow.text(h.name, NAME, true);
  if (h.headline) flow.text(h.headline, 12);
  for (const line of h.contact) flow.text(line, BODY);
  for (const section of h.rest) flowSection(flow, section);
  return doc.save({ useObjectStreams: false });
}

const SIDEBAR = /SKILL|EDUCATION|LINK|CERTIF|LANGUAGE|AWARD|INTEREST|HOBB|PERSONAL|CONTACT|TOOLS|TECHNOLOG/u;

export async function renderPdfTwoColumn(sections: Section[], labels: ResumeLabels): Promise<Uint8Array> {
  const { doc, fonts, pages } = await newPdf();
  const h = header(sections, labels);
  // A full-width banner with the name and headline; then a sidebar (x 50..210) and a main column (x 236..562).
  const top = new Flow(doc, pages, fonts, PAGE.margin, PAGE.width - 2 * PAGE.margin, PAGE.height - PAGE.margin);
  top.text(h.name, NAME + 2, true);
  if (h.headline) top.text(h.headline, 12);
  const startY = PAGE.height - PAGE.margin - (h.headline ? 62 : 42);
  const sidebarWidth = 160;
  const gutter = 26;
  const side = new Flow(doc, pages, fonts, PAGE.margin, sidebarWidth, startY);
  const main = new Flow(doc, pages, fonts, PAGE.margin + sidebarWidth + gutter, PAGE.width - 2 * PAGE.margin - sidebarWidth - gutter, startY);
  // Short contact lines go to the sidebar, prose (a summary before the first heading) to the main column.
  const contact = h.contact.filter((l) => l !== '' && (l.length <= 70 || /@|https?:/u.test(l)));
  const prose = h.contact.filter((l) => !contact.includes(l));
  side.heading('CONTACT');
  for (const line of contact) side.text(line, BODY - 1);
  if (prose.length > 0) flowSection(main, { heading: null, lines: prose });
  // The sidebar takes the contact-like sections while it stays shorter than the main column, as a designer would.
  const size = (s: Section) => s.lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 40)), 2);
  const mainSize = h.rest.filter((s) => !s.heading || !SIDEBAR.test(s.heading)).reduce((n, s) => n + size(s), prose.length);
  let sideSize = contact.length + 2;
  const toSide = new Set<Section>();
  for (const section of h.rest) {
    if (section.heading && SIDEBAR.test(section.heading) && sideSize + size(section) <= Math.max(12, 0.9 * mainSize)) {
      toSide.add(section);
      sideSize += size(section);
    }
  }
  for (const section of h.rest) {
    if (toSide.has(section)) {
      side.heading(section.heading ?? '');
      for (const line of section.lines) {
        if (line === '') side.gap(BODY * 0.5);
        else side.text(line, BODY - 1);
      }
    } else flowSection(main, section);
  }
  return doc.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------------------------------------- DOCX, TXT

export function renderDocx(sections: Section[], labels: ResumeLabels): Promise<Uint8Array> {
  return atFixedTime(() => buildDocx(sections, labels));
}

async function buildDocx(sections: Section[], labels: ResumeLabels): Promise<Uint8Array> {
  const h = header(sections, labels);
  const children: Paragraph[] = [new Paragraph({ text: h.name, heading: HeadingLevel.TITLE })];
  if (h.headline) children.push(new Paragraph({ text: h.headline }));
  for (const line of h.contact) children.push(new Paragraph({ text: line }));
  for (const section of h.rest) {
    if (section.heading) children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const line of section.lines) {
      if (line === '') continue;
      const bullet = /^[•·\-*]\s*/u.exec(line);
      if (bullet) children.push(new Paragraph({ text: line.slice(bullet[0].length), numbering: { reference: 'bullets', level: 0 } }));
      else children.push(new Paragraph({ children: [new TextRun(line)] }));
    }
  }
  const doc = new Document({
    creator: 'hotgigs render-fixtures',
    title: 'Resume',
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * Runs `make` with `new Date()` (and Date.now) fixed at 2000-01-01: docx stamps the document's created/modified
 * properties and every zip entry with the current time, and the committed fixtures should not change each run.
 */
async function atFixedTime<T>(make: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  const fixed = RealDate.UTC(2000, 0, 1);
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await make();
  } finally {
    globalThis.Date = RealDate;
  }
}

export function renderTxt(sections: Section[]): string {
  const out: string[] = [];
  for (const section of sections) {
    if (section.heading) out.push('', section.heading, '');
    out.push(...section.lines);
  }
  return `${out.join('\n').replace(/^\n+/u, '')}\n`;
}

export async function renderResume(id: string, xml: string): Promise<RenderedResume | null> {
  const { text, labels: raw } = parseDotin(xml);
  if (!hasLineStructure(text)) return null;
  const labels = labelsOf(id, raw, text);
  const sections = toSections(text);
  labels.headline = header(sections, labels).headline;
  return {
    id,
    labels,
    txt: renderTxt(sections),
    docx: await renderDocx(sections, labels),
    pdf1: await renderPdfOneColumn(sections, labels),
    pdf2: await renderPdfTwoColumn(sections, labels),
  };
}

export async function writeRendered(r: RenderedResume, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${r.id}.txt`), r.txt);
  writeFileSync(join(outDir, `${r.id}.docx`), r.docx);
  writeFileSync(join(outDir, `${r.id}.1col.pdf`), r.pdf1);
  writeFileSync(join(outDir, `${r.id}.2col.pdf`), r.pdf2);
  writeFileSync(join(outDir, `${r.id}.labels.json`), `${JSON.stringify(r.labels, null, 2)}\n`);
}

const here = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_SOURCE = resolve(here, '../../../../shared/data/resumes/dotin-train');

/** Renders every resume with line structure in `src` (or the given ids) into `outDir`; returns the ids written. */
export async function renderAll(src: string, outDir: string, ids?: readonly string[]): Promise<string[]> {
  const all = ids ?? readdirSync(src).filter((f) => /^\d+\.xml$/u.test(f)).map((f) => f.replace(/\.xml$/u, '')).sort((a, b) => Number(a) - Number(b));
  const written: string[] = [];
  for (const id of all) {
    const rendered = await renderResume(id, readFileSync(join(src, `${id}.xml`), 'utf8'));
    if (!rendered) continue;
    await writeRendered(rendered, outDir);
    written.push(id);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const src = arg('--src') ?? DEFAULT_SOURCE;
  const out = arg('--out') ?? resolve(here, '../fixtures/resumes');
  const ids = process.argv.includes('--all') ? undefined : (arg('--ids')?.split(',') ?? SAMPLE_IDS);
  const written = await renderAll(src, out, ids);
  console.log(`rendered ${written.length} resumes (${written.join(', ')}) into ${out}`);
}
