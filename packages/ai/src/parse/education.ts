// Education entries: degree, field, school and years, grouped line by line (a new entry starts when a second
// degree or a second school appears).
import type { ExtractedDocument, Field, ParsedEducation } from '../types.ts';
import { findLocation } from './contact.ts';
import { findYears } from './dates.ts';

export const DEGREE = new RegExp(
  [
    "\\b(?:Bachelor|Master|Doctor|Associate)(?:'?s)?(?:\\s+(?:[Oo]f|[Ii]n)\\s+[A-Z][A-Za-z]+(?:\\s+(?:[A-Z][A-Za-z]+|and|&))*)?",
    '\\bPh\\.?\\s?D\\b\\.?',
    '\\b(?:B|M)\\.?\\s?(?:Sc|Tech|Com|Eng|Des|Phil|Arch|Ed|Pharm|B\\.?A)\\b\\.?',
    '\\b(?:B|M)\\.\\s?(?:E|S|A)\\.?(?=\\s|$|,|\\()',
    '\\b(?:BE|ME|BS|MS|BA|MA|BSc|MSc|BBA|MBA|MCA|BCA|BEng|MEng|BTech|MTech|LLB|LLM|MPhil|MD|PGDM|PGDBA|HSC|SSC|GED|BCom|MCom|BFA|MFA)\\b',
    '\\b(?:Diploma|Post Graduate Diploma|High School Diploma|Higher Secondary|Secondary School Certificate|High School|Intermediate|12th|10th|XII|Matriculation|A[- ]Levels|GCSEs?)\\b',
  ].join('|'),
);
const SCHOOL = /\b(?:University|Universit[äéy]|College|Institute|Institution|School|Academy|Polytechnic|Vidyalaya|Vidyapeeth|IIT|NIT|IIM|MIT|Conservatory|Faculty|Hochschule)\b/i;

export function parseDegree(text: string): { degree: string; field: string | null } | null {
  const m = DEGREE.exec(text);
  if (!m) return null;
  let degree = m[0].trim().replace(/[,.]$/, '');
  let field: string | null = null;
  const fm = / (?:[Ii]n|[Oo]f) (.+)$/.exec(degree);
  if (fm && /^(?:Bachelor|Master|Doctor|Associate)/.test(degree) && / [Ii]n /.test(degree)) {
    field = fm[1]!;
    degree = degree.slice(0, fm.index);
  } else {
    const after = text.slice(m.index + m[0].length);
    const fa = /^\s*(?:\(|,|-|–|in\b|of\b)?\s*(?:in\s+)?([A-Z][A-Za-z&]+(?:\s+(?:[A-Z][A-Za-z&]+|and|&|of))*)/.exec(after);
    if (fa && !SCHOOL.test(fa[1]!)) field = fa[1]!.replace(/\s+(?:and|&|of)$/, '');
  }
  return { degree, field };
}

function schoolIn(text: string): string | null {
  for (const part of text.split(/\s*[|,–—]\s*|\s+-(?:\s+|$)|\s{3,}/)) {
    if (SCHOOL.test(part) && part.length < 90) return part.replace(/^(?:at|from)\s+/i, '').replace(/[\s-]+$/, '').trim();
  }
  return null;
}

/** A school's name cut by the line's end (a narrow column): "Institute of Technology and" + "Management". */
const CUT = /\b(?:and|of|for|&|the|in|at|de|di)$/i;
function continuation(text: string): string | null {
  const first = text.split(/\s*[|,–—]\s*|\s+-(?:\s+|$)|\s{3,}/)[0]!.trim();
  if (!first || first.length > 60 || /\d/.test(first) || DEGREE.test(first) || !/^[A-Z(]/.test(first)) return null;
  return first;
}

/** Whether a PDF line fills its column (the text went on on the next line). */
function wrapped(doc: ExtractedDocument, i: number): boolean {
  const line = doc.lines[i]!;
  const next = doc.lines[i + 1];
  if (!line.width || !next?.width || next.gapBefore > 0) return false;
  const widest = Math.max(...doc.lines.filter((l) => l.page === line.page && l.column === line.column).map((l) => l.width));
  // The next line's first word would not have fitted at this line's end.
  const word = next.text.trim().split(/\s+/)[0]!;
  return line.width + (next.width * (word.length + 1)) / next.text.trim().length >= 0.95 * widest;
}

export function parseEducation(doc: ExtractedDocument, start: number, end: number): Field<ParsedEducation>[] {
  const out: Field<ParsedEducation>[] = [];
  let cur: (ParsedEducation & { line: number; hits: number }) | null = null;
  const flush = () => {
    if (cur && (cur.degree || cur.school)) {
      const { line, hits, ...value } = cur;
      out.push({ value, confidence: Math.min(0.95, 0.45 + hits * 0.15), line });
    }
    cur = null;
  };
  for (let i = start; i < end; i++) {
    const t = doc.lines[i]!.text;
    const d = parseDegree(t);
    const s = schoolIn(t);
    const years = findYears(t);
    if ((d && cur?.degree) || (s && cur?.school && !d)) flush();
    if (!cur && (d || s || years.length)) cur = { degree: null, field: null, school: null, startYear: null, endYear: null, line: i, hits: 0 };
    if (!cur) continue;
    if (d && !cur.degree) {
      cur.degree = d.degree;
      cur.field = d.field;
      // The field cut by the line's end: "B.Tech in Computer Science and" + "Engineering".
      const cut = d.field && new RegExp(`${d.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(and|&|of|for)$`, 'i').exec(t.trim());
      const next = doc.lines[i + 1];
      const more = cut && next && i + 1 < end ? continuation(next.text) : null;
      if (cut && more && !SCHOOL.test(more)) {
        cur.field = `${d.field} ${cut[1]} ${more}`;
        i++;
      }
      cur.hits++;
    }
    if (s && !cur.school) {
      let school = s;
      const next = doc.lines[i + 1];
      const prev = i > start ? doc.lines[i - 1] : undefined;
      // "CHHATTISGARH SWAMI VIVEKANANDA TECHNICAL" over "UNIVERSITY": the name began on the line above.
      if (school.split(/\s+/).length === 1 && prev && !parseDegree(prev.text) && !schoolIn(prev.text) && !findYears(prev.text).length) {
        const before = continuation(prev.text);
        if (before && !/[,.]$/.test(prev.text.trim())) {
          school = `${before} ${school}`;
          // One more line up when the lines are one paragraph (no space between them) in a PDF.
          const first = i - 2 >= start ? doc.lines[i - 2] : undefined;
          const above = first && prev.width > 0 && prev.gapBefore === 0 && !parseDegree(first.text) && !findYears(first.text).length ? continuation(first.text) : null;
          if (above && first!.text.trim() === above) school = `${above} ${school}`;
        }
      }
      const fills = next && wrapped(doc, i) && t.trim() === school && !findLocation(next.text) && !/,/.test(next.text);
      if ((CUT.test(school) || fills) && next && i + 1 < end) {
        const more = continuation(next.text);
        if (more) {
          school = `${school} ${more}`;
          i++;
        }
      }
      cur.school = school;
      cur.hits++;
    }
    if (years.length && !cur.endYear) {
      if (years.length >= 2) {
        cur.startYear = Math.min(...years.slice(0, 2));
        cur.endYear = Math.max(...years.slice(0, 2));
      } else cur.endYear = years[0]!;
      cur.hits++;
    }
  }
  flush();
  return out;
}
