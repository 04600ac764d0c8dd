// Contact fields from the top of the resume: email, phone, name, location, links, headline.
import type { ExtractedDocument, Field, ParsedLink } from '../types.ts';
import { HEADING_THRESHOLD, scoreHeading, vocabularyScore } from './sections.ts';
import { DATE_RANGE_RE as DATE_RANGE } from './dates.ts';

export const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}/;
const PHONE = /(?:(?:\+|00)\d{1,3}[\s.-]?|\(\+\d{1,3}\)[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s.-]{5,16}\d/g;
const URL = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|in|co|ai|app|info|uk|de|page|site|tech|xyz)(?:\/[^\s,;)]*)?/gi;

export function findEmail(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}

/** A phone number: 7-15 digits, not a date range, a year or a span of years. */
export function findPhone(text: string): string | null {
  const cleaned = text.replace(EMAIL, ' ');
  for (const m of cleaned.matchAll(PHONE)) {
    let s = m[0].trim();
    // The PHONE pattern starts at a digit, so a "(555)" before it is taken by the optional group only if present.
    const before = cleaned.slice(Math.max(0, m.index - 2), m.index);
    if (/\d/.test(before.slice(-1))) continue;
    // A longer run of digits the pattern cut short (a list of years, an ID) is no phone.
    if (/^\s?\d/.test(cleaned.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // Only years ("2016 2017 2018"), however separated.
    if (s.split(/[\s.-]+/).every((g) => /^(?:19|20)\d{2}$/.test(g))) continue;
    const digits = s.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_RANGE.test(s) || /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(s)) continue;
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s)) continue; // a date
    if (/^(?:19|20)\d{2}(?:\s+(?:19|20)\d{2})+$/.test(s)) continue;
    // A leading "(" the pattern did not take.
    if (cleaned[m.index - 1] === '(' && !s.startsWith('(')) s = `(${s}`;
    return s.replace(/\s+/g, ' ');
  }
  return null;
}

export function findLinks(text: string): ParsedLink[] {
  const out: ParsedLink[] = [];
  const seen = new Set<string>();
  for (const m of text.replace(EMAIL, ' ').matchAll(URL)) {
    const url = m[0].replace(/[.)]+$/, '');
    const key = url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const kind: ParsedLink['kind'] = /linkedin\.com\/(in|pub)\//i.test(url) ? 'linkedin' : /github\.com\/[^/\s]+/i.test(url) ? 'github' : /^(https?:\/\/|www\.)/i.test(url) || /\.(dev|io|me|page|site)\b/i.test(url) ? 'website' : 'other';
    if (kind === 'other' && !/\//.test(url)) continue; // a bare "example.com" in prose
    out.push({ kind, url });
  }
  return out;
}

const US_STATE = /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b/;
const COUNTRIES = /\b(?:USA|United States|UK|United Kingdom|England|Scotland|Ireland|Germany|France|Spain|Italy|Netherlands|Canada|Australia|India|Singapore|Japan|China|Brazil|Mexico|Poland|Portugal|Sweden|Norway|Denmark|Finland|Switzerland|Austria|Belgium|Israel|UAE|South Africa|Nigeria|Kenya|New Zealand|Karnataka|Maharashtra|Tamil Nadu|Telangana|Kerala|Delhi|Haryana|Uttar Pradesh|West Bengal|Gujarat|Orissa|Odisha|Andhra Pradesh|Punjab|Rajasthan)\b/;
const LOCATION = /\b([A-Z][a-zA-Z.'-]+(?:[ -][A-Z][a-zA-Z.'-]+){0,2}),\s*([A-Z]{2}|[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,2})\b/;

export function findLocation(text: string): string | null {
  for (const part of text.split(/\s*[|•·]\s*|\s{2,}|\s+-\s+/)) {
    const m = LOCATION.exec(part);
    if (!m) continue;
    const tail = m[2]!;
    if (US_STATE.test(tail) && tail.length === 2) return m[0];
    if (COUNTRIES.test(tail)) return m[0];
  }
  return null;
}

const TITLE_WORDS = /\b(?:engineer|developer|manager|designer|analyst|scientist|consultant|architect|specialist|administrator|lead|director|officer|intern|assistant|associate|coordinator|executive|accountant|programmer|tester|technician|head|president|founder|representative|advisor|teacher|nurse|writer|editor|recruiter|strategist|researcher|owner|supervisor|operator|agent|clerk|trainee|student|graduate|devops|sre|cto|ceo|cfo|vp)\b/i;

export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (t.length > 70 || t.split(/\s+/).length > 9) return false;
  if (EMAIL.test(t) || /\d{4}/.test(t)) return false;
  return TITLE_WORDS.test(t);
}

export interface Contact {
  name: Field<string> | null;
  email: Field<string> | null;
  phone: Field<string> | null;
  location: Field<string> | null;
  headline: Field<string> | null;
  links: Field<ParsedLink>[];
}

const NAME_WORD = /^(?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]{2,}|(?:van|von|de|da|del|der|la|le|bin|al|ibn|di)|[A-Z]\.)$/;

/** How much a line looks like the person's name (0 = not at all). */
export function nameScore(text: string, lineIndex: number, fontSize: number, maxFont: number, bold: boolean): number {
  const t = text.replace(/\s+/g, ' ').trim();
  if (EMAIL.test(t) || /\d/.test(t) || /[@:/|,]/.test(t)) return 0;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 4) return 0;
  if (!words.every((w) => NAME_WORD.test(w))) return 0;
  if (vocabularyScore(t)) return 0;
  if (looksLikeTitle(t)) return 0;
  if (/\b(?:resume|curriculum|vitae|cv|street|road|avenue|university|college|school|limited|ltd|inc|pvt)\b/i.test(t)) return 0;
  let s = 0.6;
  if (lineIndex === 0) s += 0.2;
  else if (lineIndex <= 2) s += 0.1;
  if (maxFont > 0 && fontSize >= maxFont && fontSize > 0) s += 0.15;
  if (bold) s += 0.05;
  if (words.length >= 2 && words.length <= 3) s += 0.05;
  return Math.min(0.99, s);
}

/** Looks in the lines before the first section (or the first 12 lines) and the whole text for email/phone/links. */
export function parseContact(doc: ExtractedDocument, topEnd: number): Contact {
  const top = Math.max(Math.min(Math.max(topEnd, 8), doc.lines.length), Math.min(12, doc.lines.length));
  const lines = doc.lines;
  const field = <T>(value: T, confidence: number, line?: number): Field<T> => (line === undefined ? { value, confidence } : { value, confidence, line });
  let email: Field<string> | null = null;
  let phone: Field<string> | null = null;
  let location: Field<string> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!email) {
      const e = findEmail(t);
      if (e) email = field(e, i < top ? 0.98 : 0.9, i);
    }
    if (!phone) {
      const p = findPhone(t);
      if (p) phone = field(p, i < top ? 0.95 : 0.75, i);
    }
    if (!location && i < top) {
      const l = findLocation(t);
      if (l) location = field(l, 0.75, i);
    }
  }
  const links: Field<ParsedLink>[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    for (const link of findLinks(l.text)) {
      if (seen.has(link.url.toLowerCase())) continue;
      seen.add(link.url.toLowerCase());
      links.push(field(link, link.kind === 'other' ? 0.6 : 0.95, i));
    }
  });
  const maxFont = Math.max(0, ...lines.slice(0, top).map((l) => l.fontSize));
  let best: { i: number; s: number; text: string } | null = null;
  for (let i = 0; i < Math.min(top, lines.length); i++) {
    const line = lines[i]!;
    if (scoreHeading(line, doc.bodyFontSize).score >= HEADING_THRESHOLD) continue;
    // The name may share its line with a location or contact details ("Jane Doe | Berlin").
    const first = line.text.split(/\s+[|•·–—-]\s+|\s{3,}|\t/)[0]!.trim();
    const s = nameScore(first, i, line.fontSize, maxFont, line.bold);
    if (s > (best?.s ?? 0)) best = { i, s, text: first };
  }
  const name = best ? field(best.text.replace(/\s+/g, ' '), best.s, best.i) : null;
  let headline: Field<string> | null = null;
  const from = best ? best.i + 1 : 0;
  for (let i = from; i < Math.min(from + 3, top, lines.length); i++) {
    const t = lines[i]!.text;
    // The headline is above the first section's heading, never an entry under it.
    if (scoreHeading(lines[i]!, doc.bodyFontSize).score >= HEADING_THRESHOLD) break;
    // Split at separators and at a lone symbol, as moderncv's icons come out ("Product Manager § jdoe").
    const first = t.split(/\s+[|•·]\s+|\s+[^\p{L}\p{N}\s&/(),.'+-]\s+/u)[0]!.trim();
    if (looksLikeTitle(first) && !findEmail(first)) {
      headline = field(first, 0.7, i);
      break;
    }
  }
  if (!headline && best) {
    // "Jane Doe — Senior Software Engineer" on one line.
    const rest = lines[best.i]!.text.slice(best.text.length).replace(/^\s*[|•·–—-]\s*/, '').split(/\s+[|•·]\s+/)[0]!.trim();
    if (rest && looksLikeTitle(rest)) headline = field(rest, 0.65, best.i);
  }
  return { name, email, phone, location, headline, links };
}
