// Experience entries: the section is split at date-range lines (or, without dates, at title lines); the short
// lines around each date are the entry's header (title, company, location), the rest its bullets.
import type { ExtractedDocument, Field, ParsedExperience } from '../types.ts';
import { findLocation, looksLikeTitle } from './contact.ts';
import { findDateRange, findWrappedRange } from './dates.ts';

const COMPANY_HINT = /\b(?:inc|ltd|llc|llp|plc|corp|corporation|company|co|gmbh|ag|sa|bv|pvt|private|limited|technologies|technology|solutions|systems|labs|group|bank|consulting|services|software|studios?|partners|holdings|university|hospital|agency|enterprises|infotech|infosys|tcs|ibm|google|microsoft|amazon|accenture|wipro|deloitte|capgemini|cognizant|oracle|meta|apple)\b\.?/i;
/** Words only a company's name has: a title never ends in "Ltd" (but may say "Systems Engineer"). */
const STRONG_COMPANY = /\b(?:inc|ltd|llc|llp|plc|corp|corporation|gmbh|pvt|private|limited)\b\.?/i;
// A comma before a legal suffix ("ABC Company, Inc.") is part of the name.
const SPLIT = /\s+(?:[|•·@]|[-–—]{1,2}|at)\s+|,\s+(?!(?:inc|ltd|llc|llp|plc|corp|gmbh|pvt|limited|l\.?p)\b)|\t|\s{3,}/i;

const LABELLED = /^((?:job\s+)?(?:designation|position|title|role)|company(?:\s+(?:name|\d+))?|employer|organi[sz]ation|location|place)\s*:\s*(.+)$/i;

function isBodyLine(text: string, bullet: boolean): boolean {
  if (bullet) return true;
  const t = text.trim();
  return t.length > 90 || (t.length > 45 && /[.;]$/.test(t)) || t.split(/\s+/).length > 12;
}

interface Part {
  text: string;
  line: number;
}

// A header line that names a project, a client or the tools is about the work, not the job: never its title or
// employer ("Client: Insurance Client from London", "Project Title: ...", "Team Size 15 Members", "Duration: ...").
const NOT_HEADER = /^(?:client|customer|project(?:\s+(?:title|name))?|team\s+size|duration|environment|technolog(?:y|ies)|tools|platforms?|domain|roles?\s+(?:and|&)\s+responsibilities|responsibilities)\b\s*(?:[:\-–]|\d)/i;
// "Have worked as a Support Engineer", "Working as Escalation Engineer": the title is what follows.
const WORKED_AS = /^(?:(?:i\s+)?(?:have|has|had)\s+(?:been\s+)?)?(?:currently\s+)?(?:work(?:ed|ing)?|employed|serv(?:ed|ing))\s+as\s+(?:an?\s+)?(?=\S)/i;

/** A bullet line's text without its bullet glyph. */
const stripBullet = (t: string) => t.replace(/^\s*[•▪●◦·*\-–]\s*/, '').trim();

/** An entry without dates, from its header lines: its confidence is lower than a dated entry's. */
function undatedEntry(header: { text: string; line: number }[], bullets: string[], from: number): Field<ParsedExperience> {
  const h = headerFields(header);
  return {
    value: { title: h.title?.text ?? null, company: h.company?.text ?? null, location: h.location?.text ?? null, start: null, end: null, current: false, bullets },
    confidence: Math.round(h.confidence * 0.8 * 100) / 100,
    line: from,
  };
}

function cleanPart(s: string): string {
  return s.replace(/^[\s,|•·:–—-]+|[\s,|•·:–—-]+$/g, '').replace(/\(\s*\)/g, '').trim();
}

/** Title, company and location from an entry's header lines (date text already removed). */
export function headerFields(lines: { text: string; line: number }[]): { title: Part | null; company: Part | null; location: Part | null; confidence: number } {
  const parts: Part[] = [];
  let atSplit: { title: Part; company: Part } | null = null;
  for (const l of lines) {
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(l.text.replace(WORKED_AS, ''));
    if (at && looksLikeTitle(at[1]!) && !atSplit) atSplit = { title: { text: cleanPart(at[1]!), line: l.line }, company: { text: cleanPart(at[2]!.split(SPLIT)[0]!), line: l.line } };
    for (const p of l.text.split(SPLIT)) {
      const t = cleanPart(cleanPart(p).replace(WORKED_AS, ''));
      if (t && /[A-Za-z]/.test(t) && !NOT_HEADER.test(t)) parts.push({ text: t, line: l.line });
    }
  }
  // "Designation: Principal Engineer", "Company 1: Oracle India", "Location: Pune": the label says what it is.
  const labelled: { title?: Part; company?: Part; location?: Part } = {};
  for (let k = parts.length - 1; k >= 0; k--) {
    const m = LABELLED.exec(parts[k]!.text);
    if (!m) continue;
    const p = { text: cleanPart(m[2]!), line: parts[k]!.line };
    const kind = /^(?:designation|position|title|role|job title)/i.test(m[1]!) ? 'title' : /^location/i.test(m[1]!) ? 'location' : 'company';
    if (p.text) labelled[kind] = p;
    parts.splice(k, 1);
  }
  if (labelled.title || labelled.company) {
    const rest = parts.filter((p) => !findLocation(p.text));
    const title = labelled.title ?? rest.find((p) => looksLikeTitle(p.text)) ?? null;
    const company = labelled.company ?? rest.find((p) => p !== title && (STRONG_COMPANY.test(p.text) || COMPANY_HINT.test(p.text))) ?? null;
    return { title, company, location: labelled.location ?? null, confidence: 0.8 };
  }
  let location: Part | null = labelled.location ?? null;
  const isLoc = (p: Part) => !!findLocation(p.text) || /^(?:remote|hybrid|on-?site)$/i.test(p.text);
  const rest: Part[] = [];
  // Every place is left out of the title and company (a second one, "Pune" after "Mumbai", is no job title).
  for (const p of parts) {
    if (isLoc(p)) location ??= p;
    else rest.push(p);
  }
  if (atSplit) return { ...atSplit, location, confidence: 0.85 };
  const titleIdx = rest.findIndex((p) => looksLikeTitle(p.text) && !STRONG_COMPANY.test(p.text));
  let title: Part | null = null;
  let company: Part | null = null;
  let confidence = 0.6;
  if (titleIdx >= 0) {
    title = rest[titleIdx]!;
    const others = rest.filter((_, i) => i !== titleIdx);
    // Without a company word, the company is next to the title: after it (Indeed: title, "Company - City", date),
    // else the line right above it; a line further up is more likely the end of the previous entry's text.
    const after = others.filter((p) => p.line > title!.line || (p.line === title!.line && rest.indexOf(p) > titleIdx));
    const above = others.filter((p) => p.line === title!.line - 1 || p.line === title!.line);
    company = others.find((p) => STRONG_COMPANY.test(p.text)) ?? others.find((p) => COMPANY_HINT.test(p.text)) ?? after[0] ?? above.at(-1) ?? others[0] ?? null;
    confidence = company ? 0.8 : 0.65;
    // A city written after the company on the same line ("Acme - Springfield") is its location.
    if (!location && company) {
      const after = others.filter((p) => p !== company && p.line === company!.line);
      if (after.length && after[0]!.text.split(/\s+/).length <= 3) location = after[0]!;
    }
  } else if (rest.length) {
    const strong = rest.findIndex((p) => STRONG_COMPANY.test(p.text));
    const ci = strong >= 0 ? strong : rest.findIndex((p) => COMPANY_HINT.test(p.text) && !looksLikeTitle(p.text));
    company = ci >= 0 ? rest[ci]! : rest.length > 1 ? rest[1]! : null;
    title = rest.find((p) => p !== company) ?? null;
    confidence = 0.5;
  }
  return { title, company, location, confidence };
}

export function parseExperience(doc: ExtractedDocument, start: number, end: number): Field<ParsedExperience>[] {
  const lines = doc.lines;
  const idx: number[] = [];
  for (let i = start; i < end; i++) idx.push(i);
  const dateAt = new Map<number, ReturnType<typeof findDateRange>>();
  const strip = new Map<number, string>(); // a line that starts with the end of the range above it -> that text
  for (const i of idx) {
    const d = findDateRange(lines[i]!.text);
    // A date inside a sentence ("... as Escalation Engineer since Feb 2018 at ...") is no entry's header.
    const prose = (t: string) => t.length > 80 || t.split(/\s+/).length > 10;
    const inBody = lines[i]!.bullet || isBodyLine(lines[i]!.text, false);
    if (d && (!inBody || !prose(cleanPart(lines[i]!.text.replace(d.text, ' ').replace(/\(\s*[^)]*\)/g, ' '))))) dateAt.set(i, d);
    else if (i + 1 < end && !dateAt.has(i - 1)) {
      const w = findWrappedRange(lines[i]!.text, lines[i + 1]!.text);
      if (w && !findDateRange(lines[i + 1]!.text)) {
        dateAt.set(i, w);
        strip.set(i + 1, w.nextText);
      }
    }
  }
  // A wrapped bullet's last line ("commodities globally.") is short, but ends a sentence or goes on in lower case.
  const continues = (i: number) => i > start && isBodyLine(lines[i - 1]!.text, lines[i - 1]!.bullet) && (/[.;]$/.test(lines[i]!.text.trim()) || /^[a-z]/.test(lines[i]!.text.trim()));
  const body = (i: number) => (isBodyLine(lines[i]!.text, lines[i]!.bullet) || continues(i)) && !noise(i);
  // A line with no words ("-", a stray bullet glyph) or only a web address (a page footer) is neither a header
  // nor a bullet: the header search steps over it.
  const noise = (i: number) => {
    const t = lines[i]!.text.trim();
    return !/[\p{L}\p{N}]/u.test(t) || /^(?:https?:\/\/|www\.)\S+$/iu.test(t);
  };
  const headerOf = new Map<number, number[]>(); // date line -> header lines
  const used = new Set<number>();
  const dateLines = [...dateAt.keys()];
  for (let k = 0; k < dateLines.length; k++) {
    const d = dateLines[k]!;
    const prevDate = dateLines[k - 1] ?? start - 1;
    const header: number[] = [];
    for (let i = d - 1; i > prevDate && header.length < 3; i--) {
      if (noise(i)) continue;
      if (body(i) || used.has(i) || dateAt.has(i)) break;
      header.unshift(i);
    }
    // When the previous entry has no bullets between, the lines right after its date belong to it.
    if (k > 0 && header.length && header[0] === prevDate + 1 && (headerOf.get(prevDate)?.length ?? 0) === 0) {
      const give = header.length > 2 ? header.length - 2 : header.length === 2 && header.length ? 0 : 0;
      for (let g = 0; g < give; g++) headerOf.get(prevDate)!.push(header.shift()!);
    }
    const dateText = lines[d]!.text.replace(dateAt.get(d)!.text, '').replace(/[()]/g, ' ');
    if (!header.length || (header.length < 2 && cleanPart(dateText).length < 3)) {
      // Header after the date ("Jan 2019 - Present\nSenior Engineer\nAcme").
      const nextDate = dateLines[k + 1] ?? end;
      if (!header.length) for (let i = d + 1; i < Math.min(nextDate, d + 3); i++) {
        if (noise(i)) continue;
        if (body(i) || dateAt.has(i)) break;
        header.push(i);
      }
    }
    header.forEach((i) => used.add(i));
    used.add(d);
    headerOf.set(d, header);
  }
  const out: Field<ParsedExperience>[] = [];
  if (dateLines.length) {
    const starts = dateLines.map((d) => Math.min(d, ...(headerOf.get(d) ?? [])));
    // The current job is often written without dates above the dated ones ("Escalation Engineer\nMicrosoft\n
    // <what I do>" then "Support Engineer ... October 2015 to April 2017"): the header lines before the first
    // dated entry are an entry of their own when one of them reads as a job title.
    const lead: number[] = [];
    for (let i = start; i < starts[0]! && lead.length < 3; i++) {
      if (noise(i)) continue;
      if (body(i)) break;
      lead.push(i);
    }
    if (lead.length && lead.some((i) => looksLikeTitle(lines[i]!.text.split(SPLIT)[0]!.replace(WORKED_AS, '')))) {
      const bullets: string[] = [];
      for (let i = lead.at(-1)! + 1; i < starts[0]!; i++) if (!noise(i) && stripBullet(lines[i]!.text)) bullets.push(stripBullet(lines[i]!.text));
      const entry = undatedEntry(lead.map((i) => ({ text: lines[i]!.text, line: i })), bullets, lead[0]!);
      if (entry.value.title) out.push(entry);
    }
    for (let k = 0; k < dateLines.length; k++) {
      const d = dateLines[k]!;
      const range = dateAt.get(d)!;
      const from = starts[k]!;
      const to = starts[k + 1] ?? end;
      const headerLines = [...(headerOf.get(d) ?? [])].sort((a, b) => a - b);
      const texts = headerLines.map((i) => ({ text: lines[i]!.text, line: i }));
      const rest = cleanPart(lines[d]!.text.replace(range.text, ' ').replace(/\(\s*[^)]*\)/g, ' '));
      if (rest.length > 1) texts.push({ text: rest, line: d });
      texts.sort((a, b) => a.line - b.line);
      const h = headerFields(texts);
      const bullets: string[] = [];
      for (let i = from; i < to; i++) {
        if (i === d || headerLines.includes(i)) continue;
        const t = stripBullet(lines[i]!.text.slice(strip.get(i)?.length ?? 0));
        if (t) bullets.push(t);
      }
      out.push({
        value: { title: h.title?.text ?? null, company: h.company?.text ?? null, location: h.location?.text ?? null, start: range.start, end: range.end, current: range.current, bullets },
        confidence: Math.round(Math.min(0.95, h.confidence + 0.1) * 100) / 100,
        line: from,
      });
    }
    return out;
  }
  // No dates: entries start at title lines.
  let cur: { from: number; header: number[]; bullets: string[] } | null = null;
  const flush = () => {
    if (!cur) return;
    out.push(undatedEntry(cur.header.map((i) => ({ text: lines[i]!.text, line: i })), cur.bullets, cur.from));
  };
  for (const i of idx) {
    const t = lines[i]!.text;
    if (!body(i) && looksLikeTitle(t.split(SPLIT)[0]!) && (!cur || cur.bullets.length > 0 || cur.header.length >= 2)) {
      flush();
      cur = { from: i, header: [i], bullets: [] };
    } else if (cur && !body(i) && cur.bullets.length === 0 && cur.header.length < 2) cur.header.push(i);
    else if (cur) cur.bullets.push(stripBullet(t));
  }
  flush();
  return out;
}
