// The resume review as data: each parsed field beside the profile's current value, said in words, and whether
// accepting it would change anything. Skills: the parsed ones the profile lacks, and the words no taxonomy skill
// matched. No I/O, no React.
import type { ResumeField } from '@hotgigs/shared';

interface Found<T> {
  value: T;
  confidence: number;
}

/** What the parser found (the @hotgigs/ai ParsedResume the API keeps), as far as the review reads it. */
export interface ParsedFields {
  name: Found<string> | null;
  phone: Found<string> | null;
  location: Found<string> | null;
  headline: Found<string> | null;
  summary: Found<string> | null;
  links: Found<{ kind: string; url: string }>[];
  experience: Found<{
    title: string | null;
    company: string | null;
    start: string | null;
    end: string | null;
    current: boolean;
  }>[];
  education: Found<{ degree: string | null; field: string | null; school: string | null; startYear: number | null; endYear: number | null }>[];
  skills: { skillId: string; slug?: string; name: string; matchedText: string; confidence: number }[];
  unmatchedSkills: string[];
  languages: Found<string>[];
  certifications: Found<string>[];
  totalYearsExperience: Found<number> | null;
}

/** The profile as the review compares it. */
export interface CurrentProfile {
  firstName: string;
  lastName: string;
  headline: string | null;
  summary: string | null;
  phone: string | null;
  location: string | null;
  yearsExperience: number | null;
  experience: readonly { title: string; company: string; start: string | null; end: string | null; current: boolean }[];
  education: readonly { institution: string; degree: string | null; field: string | null; startYear: number | null; endYear: number | null }[];
  languages: readonly string[];
  certifications: readonly string[];
  links: readonly { kind: string; url: string }[];
  skills: readonly { slug: string; name: string }[];
}

export const FIELD_LABELS: Record<ResumeField, string> = {
  name: 'Name',
  headline: 'Headline',
  summary: 'Summary',
  phone: 'Phone',
  location: 'Location',
  links: 'Links',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  languages: 'Languages',
  certifications: 'Certifications',
  yearsExperience: 'Years of experience',
};

/**
 * - `new`: the profile has nothing there yet; accepting fills it.
 * - `differs`: a scalar that accepting would replace, or list entries accepting would add.
 * - `same`: the profile already says it; nothing to accept.
 * - `none`: the resume did not say.
 */
export type ReviewState = 'new' | 'differs' | 'same' | 'none';

export interface ReviewRow {
  field: Exclude<ResumeField, 'skills'>;
  label: string;
  /** Lines to show: one for a scalar, one per entry for a list. */
  parsed: string[];
  current: string[];
  /** For lists: the parsed entries the profile lacks (what accepting adds). */
  added: string[];
  state: ReviewState;
  /** The lowest confidence among what was found, 0-1; null when nothing was. */
  confidence: number | null;
}

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function period(start: string | null, end: string | null, current: boolean): string {
  if (!start && !end && !current) return '';
  return `${start ?? '?'} – ${current ? 'Present' : (end ?? '?')}`;
}

export function experienceLine(entry: { title: string | null; company: string | null; start: string | null; end: string | null; current: boolean }): string {
  const what = [entry.title, entry.company].filter(Boolean).join(' at ');
  const when = period(entry.start, entry.end, entry.current);
  return [what || 'Untitled position', when].filter(Boolean).join(', ');
}

export function educationLine(entry: { school: string | null; degree: string | null; field: string | null; startYear: number | null; endYear: number | null }): string {
  const what = [[entry.degree, entry.field].filter(Boolean).join(' in '), entry.school].filter(Boolean).join(', ');
  const years = entry.startYear || entry.endYear ? `${entry.startYear ?? '?'}–${entry.endYear ?? '?'}` : '';
  return [what || 'Education', years].filter(Boolean).join(', ');
}

const minConfidence = (found: readonly { confidence: number }[]): number | null =>
  found.length === 0 ? null : Math.min(...found.map((item) => item.confidence));

function scalarRow(field: ReviewRow['field'], parsed: Found<string | number> | null, current: string | number | null): ReviewRow {
  const parsedText = parsed === null ? '' : String(parsed.value).trim();
  const currentText = current === null ? '' : String(current).trim();
  let state: ReviewState;
  if (!parsedText) state = 'none';
  else if (!currentText) state = 'new';
  else state = norm(parsedText) === norm(currentText) ? 'same' : 'differs';
  return {
    field,
    label: FIELD_LABELS[field],
    parsed: parsedText ? [parsedText] : [],
    current: currentText ? [currentText] : [],
    added: state === 'new' || state === 'differs' ? [parsedText] : [],
    state,
    confidence: parsed ? parsed.confidence : null,
  };
}

/** A list field: entries are the same when their lines read the same, case and spacing aside. */
function listRow(field: ReviewRow['field'], parsed: string[], current: string[], confidence: number | null, keyOf: (line: string) => string = norm): ReviewRow {
  const have = new Set(current.map(keyOf));
  const added = parsed.filter((line, index) => !have.has(keyOf(line)) && parsed.findIndex((other) => keyOf(other) === keyOf(line)) === index);
  let state: ReviewState;
  if (parsed.length === 0) state = 'none';
  else if (current.length === 0) state = 'new';
  else state = added.length > 0 ? 'differs' : 'same';
  return { field, label: FIELD_LABELS[field], parsed, current, added, state, confidence };
}

/** Experience entries match on title and company (dates are often written differently). */
const entryKey = (title: string | null, company: string | null) => `${norm(title ?? '')}|${norm(company ?? '')}`;

/** Every field but skills, in the order the review shows them. */
export function reviewRows(parsed: ParsedFields, profile: CurrentProfile): ReviewRow[] {
  const fullName = [profile.firstName, profile.lastName].filter((part) => part.trim()).join(' ');
  const experienceKeys = new Map<string, string>();
  const parsedExperience = parsed.experience.map((item) => {
    const line = experienceLine(item.value);
    experienceKeys.set(line, entryKey(item.value.title, item.value.company));
    return line;
  });
  const currentExperience = profile.experience.map((entry) => {
    const line = experienceLine(entry);
    experienceKeys.set(line, entryKey(entry.title, entry.company));
    return line;
  });
  return [
    scalarRow('name', parsed.name, fullName || null),
    scalarRow('headline', parsed.headline, profile.headline),
    scalarRow('summary', parsed.summary, profile.summary),
    scalarRow('phone', parsed.phone, profile.phone),
    scalarRow('location', parsed.location, profile.location),
    scalarRow('yearsExperience', parsed.totalYearsExperience, profile.yearsExperience),
    listRow('experience', parsedExperience, currentExperience, minConfidence(parsed.experience), (line) => experienceKeys.get(line) ?? norm(line)),
    listRow(
      'education',
      parsed.education.map((item) => educationLine(item.value)),
      profile.education.map((entry) => educationLine({ ...entry, school: entry.institution })),
      minConfidence(parsed.education),
    ),
    listRow('links', parsed.links.map((item) => item.value.url), profile.links.map((link) => link.url), minConfidence(parsed.links), (url) =>
      norm(url).replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, ''),
    ),
    listRow('languages', parsed.languages.map((item) => item.value), [...profile.languages], minConfidence(parsed.languages)),
    listRow('certifications', parsed.certifications.map((item) => item.value), [...profile.certifications], minConfidence(parsed.certifications)),
  ];
}

/** The rows "Accept all" takes: those where accepting changes something. */
export function acceptableFields(rows: readonly ReviewRow[]): ReviewRow['field'][] {
  return rows.filter((row) => row.state === 'new' || row.state === 'differs').map((row) => row.field);
}

export interface SkillChoice {
  slug: string;
  name: string;
  matchedText: string;
  /** Already on the profile: shown, not offered again. */
  onProfile: boolean;
}

/** The parsed skills, each once, with whether the profile has it already. */
export function skillChoices(parsed: ParsedFields, profile: CurrentProfile): SkillChoice[] {
  const have = new Set(profile.skills.map((skill) => skill.slug));
  const seen = new Set<string>();
  const choices: SkillChoice[] = [];
  for (const skill of parsed.skills) {
    const slug = skill.slug ?? skill.skillId;
    if (seen.has(slug)) continue;
    seen.add(slug);
    choices.push({ slug, name: skill.name, matchedText: skill.matchedText, onProfile: have.has(slug) });
  }
  return choices;
}

/** "92%", for a confidence of 0.92. */
export const confidenceText = (confidence: number): string => `${Math.round(confidence * 100)}%`;
