// Date ranges in experience and education: "Jan 2019 – Present", "2018 - 2020", "03/2017 to 11/2019",
// "January 2018 to Present", "September 2017 onwards" -> "YYYY-MM" (month 01 when only the year is known).
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = `(?:${MONTH},?\\s*'?\\d{4}|${MONTH}\\s*'\\d{2}|\\d{1,2}[/.-]\\d{4}|\\d{4}[/.-]\\d{1,2}(?!\\d)|(?:19|20)\\d{2})`;
const NOW = '(?:present|current(?:ly)?|now|till\\s+date|to\\s+date|date|ongoing|today)';
const SEP = '\\s*(?:-|–|—|−|to|until|till|through|thru|~)\\s*';
export const DATE_RANGE_RE = new RegExp(`(${DATE})(?:${SEP}(${DATE}|${NOW})|\\s+(onwards|on\\s*wards|-\\s*$|–\\s*$))`, 'iu');
const SINCE_RE = new RegExp(`\\bsince\\s+(${DATE})`, 'iu');

export interface DateRange {
  start: string | null;
  end: string | null;
  current: boolean;
  /** The matched text, to cut it out of the line. */
  text: string;
  index: number;
}

export function parseDate(text: string): string | null {
  const t = text.toLowerCase().replace(/[.,']/gu, ' ').trim();
  let m = /^([a-z]+)\s*(\d{2}|\d{4})$/u.exec(t);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, m[1]!.startsWith('sept') ? 4 : 3)];
    if (!month) return null;
    const year = m[2]!.length === 2 ? 2000 + Number(m[2]) - (Number(m[2]) > 50 ? 100 : 0) : Number(m[2]);
    return `${year}-${String(month).padStart(2, '0')}`;
  }
  m = /^(\d{1,2})[/-](\d{4})$/u.exec(t) ?? /^(\d{1,2})\s(\d{4})$/u.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})[/-](\d{1,2})$/u.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /^((?:19|20)\d{2})$/u.exec(t);
  if (m) return `${m[1]}-01`;
  return null;
}

export function findDateRange(text: string): DateRange | null {
  const m = DATE_RANGE_RE.exec(text);
  if (m) {
    const start = parseDate(m[1]!);
    if (!start) return null;
    const endText = m[2];
    if (endText === undefined) return { start, end: null, current: true, text: m[0], index: m.index };
    const end = parseDate(endText);
    const current = end === null;
    if (end && end < start) return null;
    return { start, end, current, text: m[0], index: m.index };
  }
  const s = SINCE_RE.exec(text);
  if (s) {
    const start = parseDate(s[1]!);
    if (start) return { start, end: null, current: true, text: s[0], index: s.index };
  }
  return null;
}

const OPEN_START_RE = new RegExp(`^\\s*(${DATE})\\s*(?:-|–|—|−)\\s+(?=\\S)`, 'iu');
const LEADING_END_RE = new RegExp(`^\\s*(${DATE}|${NOW})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * A range whose end wrapped onto the next line, as a narrow date column lays it out (moderncv):
 * "June 2020 – Software Engineer, Google" over "Present Developing ...". The range and the end's text on the next line.
 */
export function findWrappedRange(text: string, next: string): (DateRange & { nextText: string }) | null {
  if (DATE_RANGE_RE.test(text)) return null;
  const m = OPEN_START_RE.exec(text);
  const n = m && LEADING_END_RE.exec(next);
  if (!m || !n) return null;
  const start = parseDate(m[1]!);
  if (!start) return null;
  const end = parseDate(n[1]!);
  if (end && end < start) return null;
  return { start, end, current: end === null, text: m[0], index: m.index, nextText: n[0] };
}

export function monthIndex(ym: string): number {
  const [y, m] = ym.split('-').map(Number);
  return y! * 12 + (m! - 1);
}

/** Years covered by the periods, overlaps counted once (interval union), to one decimal. */
export function unionYears(periods: readonly { start: string; end: string }[]): number {
  const spans = periods
    .map((p) => [monthIndex(p.start), monthIndex(p.end) + 1] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let months = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const [a, b] of spans) {
    if (a > curEnd) {
      if (curEnd > curStart) months += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else curEnd = Math.max(curEnd, b);
  }
  if (curEnd > curStart) months += curEnd - curStart;
  return Math.round((months / 12) * 10) / 10;
}

/** Four-digit years (1950-2099) in a text, in order: "2014 - 2018" -> [2014, 2018]. */
export function findYears(text: string): number[] {
  return [...text.matchAll(/\b(19[5-9]\d|20\d\d)\b/gu)].map((m) => Number(m[1]));
}

/** Years of experience in these entries, overlaps counted once; a current or open-ended entry runs to `today`. */
export function yearsCovered(entries: readonly { start: string; end: string | null }[], today: Date): number {
  const now = `${today.getUTCFullYear()}-${String(today.getUTCMonth() + 1).padStart(2, '0')}`;
  return unionYears(entries.map((e) => ({ start: e.start, end: e.end ?? now })));
}
