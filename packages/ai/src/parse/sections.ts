// Section headings by feature scoring: a line's words close to a kind's vocabulary, plus what makes a line look
// like a heading (short, bold, larger than the body, ALL CAPS or Title Case, space before it, a trailing ":").
import type { ExtractedDocument, ParsedSection, SectionKind, TextLine } from '../types.ts';

export const SECTION_VOCABULARY: Record<Exclude<SectionKind, 'contact'>, readonly string[]> = {
  experience: [
    'experience', 'work experience', 'professional experience', 'employment history', 'employment', 'career history',
    'work history', 'relevant experience', 'professional background', 'internships', 'internship', 'experience summary',
    'working experience', 'industrial experience', 'job history', 'positions held', 'career',
  ],
  education: [
    'education', 'academic background', 'academic qualifications', 'educational qualifications', 'qualifications',
    'academics', 'education and training', 'academic details', 'educational background', 'academic profile',
    'scholastic profile', 'educational details', 'academic credentials', 'education details',
  ],
  skills: [
    'skills', 'technical skills', 'core competencies', 'skills and tools', 'key skills', 'competencies', 'technologies',
    'tech stack', 'skill set', 'skillset', 'areas of expertise', 'expertise', 'it skills', 'technical proficiency',
    'tools', 'software skills', 'computer skills', 'skills summary', 'technical expertise', 'tools and technologies',
    'technical summary', 'skills and abilities', 'professional skills', 'core skills', 'technical competencies',
    'skills and expertise', 'technology stack', 'software',
  ],
  summary: [
    'summary', 'profile', 'about me', 'objective', 'career objective', 'professional summary', 'personal statement',
    'about', 'overview', 'executive summary', 'professional profile', 'career summary', 'profile summary',
    'summary of qualifications', 'career profile',
  ],
  languages: ['languages', 'language skills', 'languages known', 'spoken languages', 'language'],
  certifications: [
    'certifications', 'certificates', 'certification', 'licenses', 'certifications and licenses', 'licenses and certifications',
    'courses', 'training', 'professional development', 'trainings', 'certifications and training', 'courses and certifications',
  ],
  projects: ['projects', 'personal projects', 'key projects', 'academic projects', 'project', 'selected projects', 'side projects'],
  other: [
    'links', 'additional information', 'interests', 'hobbies', 'references', 'awards', 'honors', 'honours', 'publications',
    'volunteer', 'volunteering', 'volunteer experience', 'achievements', 'activities', 'personal details',
    'personal information', 'declaration', 'strengths', 'accomplishments', 'awards and achievements', 'extra curricular activities',
    'hobbies and interests', 'contact', 'contact information', 'personal profile',
  ],
};

const FILLER = new Set(['my', 'key', 'and', 'of', 'the', 'relevant', 'professional', 'other', 'additional', 'selected', 'main']);

const PHRASES = new Map<string, Exclude<SectionKind, 'contact'>>();
for (const [kind, phrases] of Object.entries(SECTION_VOCABULARY) as [Exclude<SectionKind, 'contact'>, readonly string[]][]) {
  for (const p of phrases) if (!PHRASES.has(p)) PHRASES.set(p, kind);
}

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s•·▪●*\-–\d.)]+/u, '')
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a text is (nearly) a section heading's words, whatever it looks like: 1, 0.9 with filler, or 0. */
export function vocabularyScore(text: string): number {
  const norm = normaliseHeading(text);
  if (PHRASES.has(norm)) return 1;
  const content = norm.split(' ').filter((w) => !FILLER.has(w)).join(' ');
  return PHRASES.has(content) ? 0.9 : 0;
}

export interface HeadingScore {
  kind: Exclude<SectionKind, 'contact'> | null;
  score: number;
}

/** How much a line looks like a section heading, and of which kind. */
export function scoreHeading(line: Pick<TextLine, 'text' | 'bold' | 'fontSize' | 'gapBefore'>, bodyFontSize: number): HeadingScore {
  const raw = line.text.trim();
  const norm = normaliseHeading(raw);
  if (!norm || raw.length > 48) return { kind: null, score: 0 };
  const words = norm.split(' ');
  if (words.length > 5) return { kind: null, score: 0 };
  let kind = PHRASES.get(norm) ?? null;
  let vocab = kind ? 1 : 0;
  if (!kind) {
    // the vocabulary phrase plus a little filler: "My Work Experience", "Key Technical Skills"
    const content = words.filter((w) => !FILLER.has(w)).join(' ');
    const k2 = PHRASES.get(content);
    if (k2) {
      kind = k2;
      vocab = 0.9;
    } else {
      for (let n = words.length - 1; n >= 1 && !kind; n--) {
        for (let s = 0; s + n <= words.length; s++) {
          const k3 = PHRASES.get(words.slice(s, s + n).join(' '));
          if (k3 && words.length - n <= 2) {
            kind = k3;
            vocab = 0.6;
            break;
          }
        }
      }
    }
  }
  if (!kind) return { kind: null, score: 0 };
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length > 1 && letters === letters.toUpperCase();
  const titleCase = raw
    .split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w))
    .every((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || FILLER.has(w.toLowerCase()) || w.length <= 3);
  let score = 0.55 * vocab;
  if (allCaps) score += 0.25;
  else if (titleCase) score += 0.1;
  if (line.bold) score += 0.15;
  if (line.fontSize > bodyFontSize * 1.1) score += 0.15;
  if (line.gapBefore > 0) score += 0.1;
  if (/:\s*$/u.test(raw)) score += 0.1;
  if (/[.,;]\s*$/u.test(raw)) score -= 0.3;
  if (/[:]\s*\S/u.test(raw)) score -= 0.4; // "Skills: Java, Go" is a line of content
  if (!allCaps && !titleCase) score -= 0.2;
  // Only part of the line is a heading's words ("Project Description:", "SAP Modules/ Tools:"): a label inside an
  // entry unless it looks like a heading (caps, bold or larger type).
  if (vocab < 0.9 && !allCaps && !line.bold && !(line.fontSize > bodyFontSize * 1.1)) score = Math.min(score, HEADING_THRESHOLD - 0.05);
  return { kind, score: Math.max(0, Math.min(1, score)) };
}

export const HEADING_THRESHOLD = 0.6;

/**
 * Sections of the document: the top before the first heading is contact. On two-column pages the reading order
 * is a page's left column, then its right one, so a sidebar section that runs onto the next page comes back after
 * the main column's section (certifications or projects in the middle of the experience): when the reading order
 * jumps to the other column of a two-column page without a heading, the section last open in that column goes
 * on, and the interrupted one resumes when the order comes back.
 */
export function findSections(doc: ExtractedDocument): ParsedSection[] {
  const sections: ParsedSection[] = [];
  const twoColumnPages = new Set(doc.lines.filter((l) => l.column === 1).map((l) => l.page));
  let current: ParsedSection = { kind: 'contact', heading: null, start: 0, end: doc.lines.length, confidence: 0.8 };
  let currentColumn = doc.lines[0]?.column ?? 0;
  const openIn = new Map<number, ParsedSection>(); // column -> the section last open in it
  const close = (i: number) => {
    current.end = i;
    if (current.end > current.start || current.kind !== 'contact') sections.push(current);
  };
  doc.lines.forEach((line, i) => {
    const { kind, score } = scoreHeading(line, doc.bodyFontSize);
    if (kind && score >= HEADING_THRESHOLD) {
      close(i);
      current = { kind, heading: line.text.trim(), start: i + 1, end: doc.lines.length, confidence: Math.round(score * 100) / 100 };
      currentColumn = line.column;
      openIn.set(line.column, current);
      return;
    }
    if (i > 0 && twoColumnPages.has(line.page) && line.column !== currentColumn && line.column !== doc.lines[i - 1]!.column) {
      const resumed = openIn.get(line.column);
      openIn.set(currentColumn, current);
      close(i);
      // A column's first lines without a heading (a summary beside the sidebar) belong to no section of the other.
      current = resumed
        ? { ...resumed, start: i, end: doc.lines.length }
        : { kind: 'other', heading: null, start: i, end: doc.lines.length, confidence: 0.5 };
      currentColumn = line.column;
      openIn.set(line.column, current);
    }
  });
  sections.push(current);
  return sections.filter((s) => s.end > s.start || s.kind !== 'contact');
}
