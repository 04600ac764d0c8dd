// parseResume: positioned lines -> fields with confidence. Sections by heading scoring, contact from the top,
// experience/education from their sections, skills through the taxonomy matcher.
import type { ExtractedDocument, Field, ParseOptions, ParsedResume, ParsedSkill, SectionKind } from '../types.ts';
import { parseContact } from './contact.ts';
import { yearsCovered } from './dates.ts';
import { parseEducation } from './education.ts';
import { parseExperience } from './experience.ts';
import { findSections } from './sections.ts';
import { matchSkills, skillItems as listItems, unmatchedItems, type SkillMatcher } from './skills.ts';

function sectionText(doc: ExtractedDocument, start: number, end: number, inline: boolean): string {
  const lines = doc.lines.slice(start, end).map((l) => l.text);
  if (inline && lines.length) lines[0] = lines[0]!.replace(/^[^:]*:\s*/, '');
  return lines.join('\n');
}

/** Spoken languages, as resumes name them (a line of nothing but these is a languages line, wherever it stands). */
const SPOKEN_LANGUAGES = [
  'English', 'Hindi', 'German', 'French', 'Spanish', 'Italian', 'Portuguese', 'Russian', 'Chinese', 'Mandarin', 'Cantonese',
  'Japanese', 'Korean', 'Arabic', 'Dutch', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Bengali', 'Gujarati',
  'Punjabi', 'Urdu', 'Oriya', 'Odia', 'Assamese', 'Sanskrit', 'Konkani', 'Nepali', 'Sindhi', 'Persian', 'Farsi', 'Turkish',
  'Polish', 'Greek', 'Hebrew', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Czech', 'Hungarian', 'Romanian', 'Ukrainian',
  'Vietnamese', 'Thai', 'Indonesian', 'Malay', 'Tagalog', 'Filipino', 'Swahili',
];
const LANGUAGE_RE = new RegExp(`^(?:${SPOKEN_LANGUAGES.join('|')})$`, 'iu');

/** The languages of a line made only of spoken-language names ("English, Hindi", "French"), else none. */
export function languagesLine(text: string): string[] {
  const parts = text.split(/\s*(?:[,;/&|]|\band\b)\s*/iu).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => LANGUAGE_RE.test(p)) ? parts : [];
}

export function parseResume(doc: ExtractedDocument, matcher: SkillMatcher, options: ParseOptions): ParsedResume {
  const sections = findSections(doc);
  const of = (kind: SectionKind) => sections.filter((s) => s.kind === kind);
  const topEnd = sections.find((s) => s.kind !== 'contact')?.start ?? doc.lines.length;
  const contact = parseContact(doc, Math.max(0, topEnd - 1));

  let summary: Field<string> | null = null;
  const sum = of('summary')[0];
  if (sum) {
    const text = sectionText(doc, sum.start, sum.end, false).replace(/\s*\n\s*/g, ' ').trim();
    if (text) summary = { value: text, confidence: Math.min(0.95, sum.confidence), line: sum.start };
  }

  const experience = of('experience').flatMap((s) => parseExperience(doc, s.start, s.end));
  const education = of('education').flatMap((s) => parseEducation(doc, s.start, s.end));

  const skills = new Map<string, ParsedSkill>();
  const unmatched: string[] = [];
  const addSkills = (list: ParsedSkill[]) => {
    for (const s of list) {
      const prev = skills.get(s.skillId);
      if (!prev || prev.confidence < s.confidence) skills.set(s.skillId, s);
    }
  };
  const skillLines = new Set<number>();
  for (const s of of('skills')) {
    for (let i = s.start; i < s.end; i++) skillLines.add(i);
    const text = sectionText(doc, s.start, s.end, false);
    addSkills(matchSkills(matcher, text, { inSkillsSection: true }));
    unmatched.push(...unmatchedItems(matcher, text));
  }
  // Elsewhere (experience bullets, summary, projects): lower confidence, no near spellings. Not the education
  // section: a degree's subject ("B.E. in Electronics") is what someone studied, not a skill they list.
  const elsewhere = doc.lines
    .filter((_, i) => !skillLines.has(i) && ![...of('languages'), ...of('education')].some((s) => i >= s.start && i < s.end))
    .map((l) => l.text)
    .join('\n');
  addSkills(matchSkills(matcher, elsewhere, { inSkillsSection: false }));

  const listSection = (kind: SectionKind): Field<string>[] =>
    of(kind).flatMap((s) => {
      const out: Field<string>[] = [];
      for (let i = s.start; i < s.end; i++) {
        const text = doc.lines[i]!.text;
        const items = kind === 'certifications' ? [text.replace(/^\s*[•▪●◦·*\-–]\s*/, '').trim()] : listItems(text);
        for (const item of items) if (item && item.length <= 120) out.push({ value: item, confidence: Math.min(0.9, s.confidence), line: i });
      }
      return out;
    });

  const dated = experience.map((e) => e.value).filter((e): e is typeof e & { start: string } => e.start !== null);
  const totalYearsExperience = dated.length ? { value: yearsCovered(dated, options.today), confidence: dated.length === experience.length ? 0.85 : 0.6 } : null;

  return {
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    location: contact.location,
    headline: contact.headline,
    summary,
    links: contact.links,
    experience,
    education,
    skills: [...skills.values()].sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name)),
    unmatchedSkills: [...new Set(unmatched)].filter((u) => ![...skills.values()].some((s) => s.matchedText.toLowerCase() === u.toLowerCase())),
    languages: [
      ...listSection('languages'),
      // A line of nothing but language names outside a languages section (under education, in a sidebar).
      ...doc.lines.flatMap((l, i) =>
        of('languages').some((s) => i >= s.start && i < s.end) ? [] : languagesLine(l.text).map((value) => ({ value, confidence: 0.7, line: i })),
      ),
    ],
    certifications: listSection('certifications'),
    totalYearsExperience,
    sections,
  };
}
