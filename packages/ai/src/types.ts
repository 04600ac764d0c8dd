// The contract between the parts of resume understanding: extraction (bytes -> positioned lines in reading
// order), parsing (lines -> fields with confidence, skills resolved through the taxonomy) and insights
// (parsed resume -> an explained 0-100 quality score). Each part is pure: no database, no network, no clock
// but the one it is handed.

export type ResumeFileFormat = 'pdf' | 'docx' | 'txt';

/** Why a file cannot be read. Each code has a message a candidate can act on (ResumeFileError.message). */
export type ResumeFileErrorCode =
  | 'unsupported_type' // the bytes are none of PDF, DOCX, plain text
  | 'empty'
  | 'too_large' // bytes, unpacked bytes or zip entries over the limits
  | 'too_many_pages'
  | 'encrypted' // a password-protected PDF
  | 'corrupt' // a PDF or DOCX that cannot be read
  | 'no_text'; // e.g. a scanned PDF: no text layer

export class ResumeFileError extends Error {
  override readonly name = 'ResumeFileError';
  constructor(
    readonly code: ResumeFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ExtractLimits {
  /** Pages read at most; a longer PDF is refused (too_many_pages). Default 30. */
  maxPages?: number;
  /** For DOCX: entries in the zip at most (default 2,000) and unpacked bytes at most (default 50 MB). */
  maxZipEntries?: number;
  maxUnpackedBytes?: number;
  /** Characters of text kept at most (default 200,000). */
  maxChars?: number;
}

/**
 * One visual line of the document, in reading order (a two-column page yields the left column's lines, then
 * the right column's). Geometry is in PDF points from the page's top-left; DOCX and TXT lines have no geometry
 * (x, y, width are 0) but carry what their markup says (heading -> larger fontSize and bold).
 */
export interface TextLine {
  text: string;
  page: number; // 1-based
  /** 0 for a single-column page or the left column; 1 for the right column. */
  column: number;
  x: number;
  y: number;
  width: number;
  /** The line's dominant font size; the document's body size is ExtractedDocument.bodyFontSize. */
  fontSize: number;
  bold: boolean;
  /** Vertical space before this line in multiples of the body line height (0 = tight; a blank TXT line = 1). */
  gapBefore: number;
  /** Starts with a bullet glyph (•, -, *, ▪ ...), which is kept in `text`. */
  bullet: boolean;
}

export interface ExtractedDocument {
  format: ResumeFileFormat;
  pages: number;
  /** Whether a two-column layout (a vertical gutter) was found on any page. */
  columns: 1 | 2;
  bodyFontSize: number;
  lines: TextLine[];
  /** All text in reading order, lines joined by "\n". */
  text: string;
  /**
   * Link targets the document holds but may not print (a "LinkedIn" label or an icon linked to the profile):
   * PDF link annotations and DOCX hyperlinks, http(s) and mailto only, each once, in document order.
   */
  links?: string[];
}

/** A value the parser found, with how sure it is (0-1) and the line it came from (index into lines). */
export interface Field<T> {
  value: T;
  confidence: number;
  line?: number;
}

export interface ParsedExperience {
  title: string | null;
  company: string | null;
  location: string | null;
  /** "YYYY-MM" (month 01 when only the year is known), null when missing. */
  start: string | null;
  end: string | null; // null with current = true means "Present"
  current: boolean;
  bullets: string[];
}

export interface ParsedEducation {
  degree: string | null;
  field: string | null;
  school: string | null;
  startYear: number | null;
  endYear: number | null;
}

export interface ParsedLink {
  kind: 'linkedin' | 'github' | 'website' | 'other';
  url: string;
}

export interface ParsedSkill {
  skillId: string;
  name: string;
  /** The words of the resume that named it ("React.js"). */
  matchedText: string;
  /** How it resolved: the skill's own name, one of its aliases, or a near spelling. */
  via: 'name' | 'alias' | 'fuzzy';
  /** Found in a skills section (higher confidence) or elsewhere in the text. */
  inSkillsSection: boolean;
  confidence: number;
}

export type SectionKind =
  | 'contact'
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'projects'
  | 'other';

export interface ParsedSection {
  kind: SectionKind;
  heading: string | null;
  /** Line indexes [start, end) in ExtractedDocument.lines, the heading excluded. */
  start: number;
  end: number;
  confidence: number;
}

export interface ParsedResume {
  name: Field<string> | null;
  email: Field<string> | null;
  phone: Field<string> | null;
  location: Field<string> | null;
  headline: Field<string> | null;
  summary: Field<string> | null;
  links: Field<ParsedLink>[];
  experience: Field<ParsedExperience>[];
  education: Field<ParsedEducation>[];
  skills: ParsedSkill[];
  /** Words listed in a skills section that no taxonomy skill matched (offered to add as new skills). */
  unmatchedSkills: string[];
  languages: Field<string>[];
  certifications: Field<string>[];
  /** Years of experience from the entries' dates, overlapping periods counted once. */
  totalYearsExperience: Field<number> | null;
  sections: ParsedSection[];
}

/** A taxonomy skill as the parser needs it. */
export interface SkillEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface ParseOptions {
  /** The reference date for "Present" and for totals. */
  today: Date;
}

export interface InsightCheck {
  id: string;
  passed: boolean;
  /** Points this check is worth out of 100 (the weights of all checks add up to 100). */
  weight: number;
  /** Points earned (0..weight; partial credit allowed). */
  earned: number;
  /** What was found, and when not passed, what to do ("3 of 5 experience entries have no measurable result"). */
  message: string;
}

export interface ResumeInsights {
  score: number; // 0-100, the sum of `earned`
  checks: InsightCheck[];
  /** The failed checks' messages, the most valuable first. */
  suggestions: string[];
}
