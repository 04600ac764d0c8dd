// Skills: taxonomy names and aliases resolved in resume text. Built once per worker (~7,000 skills): every name
// and alias becomes a key of its tokens ("react js") and a compact key ("reactjs"), so "React.js", "ReactJS" and
// "react js" meet; text is scanned by n-grams, longest first, on token boundaries only (so "Java" never matches
// inside "JavaScript"). Near spellings (edit distance 1, keys of 6+ characters) resolve only in a skills section
// or a list, with lower confidence. Long competences (4+ words) resolve only when written as in the taxonomy.
import type { ParsedSkill, SkillEntry } from '../types.ts';

interface Target {
  entry: SkillEntry;
  via: 'name' | 'alias';
}

export interface SkillMatcher {
  readonly size: number;
  /** token key ("ci cd") -> skill */
  readonly exact: Map<string, Target>;
  /** compact key ("cicd", "reactjs"), only for keys of at most 3 tokens */
  readonly compact: Map<string, Target>;
  /** single deletions of compact keys of 6+ characters -> compact keys */
  readonly deletions: Map<string, string[]>;
  readonly maxTokens: number;
}

export interface MatchSkillsOptions {
  /** The text is (part of) a skills section: short and ambiguous names ("R", "Go") and near spellings count. */
  inSkillsSection: boolean;
}

/** Keys that are also everyday words or single letters: they count only in a skills section or a clear list. */
const AMBIGUOUS = new Set([
  'go', 'ci', 'ts', 'py', 'less', 'make', 'express', 'spring', 'swift', 'rust', 'dart', 'shell', 'access', 'word',
  'chef', 'puppet', 'ant', 'storm', 'hive', 'pig', 'flow', 'unity', 'node', 'ember', 'meteor', 'backbone', 'rest',
  'play', 'processing', 'basic', 'logo', 'scheme', 'crystal', 'julia', 'elm', 'io', 'excel', 'outlook', 'teams',
  'sales', 'it', 'ai', 'ml', 'sql', 'box', 'glass', 'cooking', 'sense', 'cd', 'batch',
]);
/**
 * Everyday words some taxonomy entries carry as an alias of a different concept ("data" -> statistics, "current"
 * -> electricity principles, "security" -> securities): they resolve by name only, never through the alias.
 */
const LOOSE_ALIASES = new Set([
  'data', 'users', 'current', 'reporting', 'security', 'engineering', 'conduct', 'source', 'form', 'light', 'scale',
  'collection', 'purchase', 'purchasing', 'manager', 'computer', 'press', 'packing', 'voltage', 'resistance', 'st',
]);
/**
 * Experience notes in skills lists ("Java (Less than 1 year)", "SQL (5 years)"), blanked before matching so
 * "Less" (the style sheet language) is not read in them.
 */
const DURATION_NOTE = /\b(?:less than|more than|over|under|about|approx\.?|around)?\s*\d+\+?\s*(?:years?|yrs?|months?|mos?)\b|\bless than a (?:year|month)\b|\bless than\b(?=\s+\d)/giu;

/** Keys never matched: function words the taxonomy happens to contain as aliases. */
const STOP = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'as', 'is', 'be', 'i']);

const TOKEN_RE = /\.?[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*[+#]*/gu;

export interface Token {
  norm: string;
  start: number;
  end: number;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function tokenize(text: string): Token[] {
  const folded = fold(text);
  // NFKD can change lengths; fall back to the lower-cased text when it does so offsets stay true.
  const source = folded.length === text.length ? folded : text.toLowerCase();
  const tokens: Token[] = [];
  for (const m of source.matchAll(TOKEN_RE)) tokens.push({ norm: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

function compactOf(tokens: readonly string[]): string {
  return tokens.map((t, i) => (i === 0 ? t[0] + t.slice(1).replaceAll('.', '') : t.replaceAll('.', ''))).join('');
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    prev = cur;
  }
  return prev[b.length]!;
}

export function createSkillMatcher(skills: readonly SkillEntry[]): SkillMatcher {
  const exact = new Map<string, Target>();
  const compact = new Map<string, Target>();
  const deletions = new Map<string, string[]>();
  let maxTokens = 1;
  const add = (text: string, target: Target) => {
    const tokens = tokenize(text).map((t) => t.norm);
    if (tokens.length === 0) return;
    const key = tokens.join(' ');
    if (STOP.has(key)) return;
    // A skill's own name wins over another skill's alias.
    const existing = exact.get(key);
    if (!existing || (existing.via === 'alias' && target.via === 'name')) exact.set(key, target);
    maxTokens = Math.max(maxTokens, Math.min(tokens.length, 10));
    if (tokens.length <= 3) {
      const c = compactOf(tokens);
      const prior = compact.get(c);
      if (!prior || (prior.via === 'alias' && target.via === 'name')) compact.set(c, target);
      if (c.length >= 6 && !prior) {
        for (const d of [c, ...deletionsOf(c)]) {
          const list = deletions.get(d);
          if (list) {
            if (!list.includes(c)) list.push(c);
          } else deletions.set(d, [c]);
        }
      }
    }
  };
  for (const entry of skills) {
    add(entry.name, { entry, via: 'name' });
    for (const alias of entry.aliases) add(alias, { entry, via: 'alias' });
  }
  return { size: skills.length, exact, compact, deletions, maxTokens };
}

function fuzzyLookup(matcher: SkillMatcher, c: string): Target | null {
  if (c.length < 6) return null;
  const candidates = new Set<string>();
  for (const d of [c, ...deletionsOf(c)]) for (const k of matcher.deletions.get(d) ?? []) candidates.add(k);
  let best: Target | null = null;
  for (const k of candidates) {
    if (k === c) continue;
    if (editDistance(c, k, 1) <= 1) {
      const t = matcher.compact.get(k);
      if (t && (!best || t.via === 'name')) best = t;
    }
  }
  return best;
}

/** Separators an n-gram must not cross ("Java, Script" is two items). */
const BREAK_RE = /[,;:|()[\]{}\n•·▪●*]|\s\.\s|[.!?]\s/u;

/** A line reads as a list of items: 2+ separators or a "Label: a, b" shape. */
export function isListLike(text: string): boolean {
  return (text.match(/[,;|•·▪]/gu)?.length ?? 0) >= 2 || /^[^:]{1,40}:\s*\S+(?:\s*,\s*\S+)+/u.test(text);
}

/** Resolve taxonomy skills in `text`; one result per skill (the most confident). */
export function matchSkills(matcher: SkillMatcher, text: string, options: MatchSkillsOptions): ParsedSkill[] {
  const found = new Map<string, ParsedSkill>();
  const lines = text.replace(DURATION_NOTE, (m) => ' '.repeat(m.length)).split('\n');
  for (const line of lines) {
    const listy = options.inSkillsSection || isListLike(line);
    const tokens = tokenize(line);
    let i = 0;
    while (i < tokens.length) {
      let matched = 0;
      const maxN = Math.min(matcher.maxTokens, tokens.length - i);
      for (let n = maxN; n >= 1 && matched === 0; n--) {
        // the n-gram stays within one item
        let crosses = false;
        for (let k = i + 1; k < i + n; k++) {
          if (BREAK_RE.test(line.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
            crosses = true;
            break;
          }
        }
        if (crosses) continue;
        const gram = tokens.slice(i, i + n).map((t) => t.norm);
        const key = gram.join(' ');
        let target: Target | null = matcher.exact.get(key) ?? null;
        let via: ParsedSkill['via'] | null = target ? target.via : null;
        if (!target && n <= 3) {
          target = matcher.compact.get(compactOf(gram)) ?? null;
          via = target ? target.via : null;
          // near spellings only inside a skills section: in prose they are mostly other words ("hiring", "Develop")
          if (!target && options.inSkillsSection && n <= 2) {
            target = fuzzyLookup(matcher, compactOf(gram));
            via = target ? 'fuzzy' : null;
          }
        }
        if (!target || !via) continue;
        if (via !== 'name' && LOOSE_ALIASES.has(key) && tokenize(target.entry.name).map((t) => t.norm).join(' ') !== key) continue;
        const surface = line.slice(tokens[i]!.start, tokens[i + n - 1]!.end);
        const compactKey = compactOf(gram);
        const ambiguous = compactKey.length <= 1 || AMBIGUOUS.has(key);
        if (ambiguous && !listy) continue;
        // an everyday word in prose counts only when written as a name ("Less", "Go"), not as the word ("less")
        if (ambiguous && !options.inSkillsSection && surface === surface.toLowerCase()) continue;
        // a single letter must be written as a capital ("C", "R") and stand alone
        if (compactKey.length === 1 && surface !== surface.toUpperCase()) continue;
        const base = via === 'fuzzy' ? 0.55 : via === 'name' ? 0.95 : 0.9;
        const confidence = Math.round((options.inSkillsSection ? base : base - 0.15 - (ambiguous ? 0.1 : 0)) * 100) / 100;
        const prior = found.get(target.entry.id);
        if (!prior || prior.confidence < confidence) {
          found.set(target.entry.id, {
            skillId: target.entry.id,
            name: target.entry.name,
            matchedText: surface,
            via,
            inSkillsSection: options.inSkillsSection,
            confidence,
          });
        }
        matched = n;
      }
      i += matched || 1;
    }
  }
  return [...found.values()];
}

/** The items of a skills section: split at commas, bullets, "Label:" prefixes; "(3 years)" notes dropped. */
export function skillItems(text: string): string[] {
  const items: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\([^)]*\)/gu, ' ').replace(/^\s*[•·▪●*\-–]\s*/u, '');
    const afterLabel = /^[^:]{1,40}:\s*(.+)$/u.exec(line)?.[1] ?? line;
    for (const part of afterLabel.split(/[,;|•·▪●/]|\s+and\s+|\s[-–]\s/u)) {
      const item = part.trim().replace(/[.\s]+$/u, '');
      if (item.length >= 2 && item.split(/\s+/u).length <= 4 && /\p{L}/u.test(item)) items.push(item);
    }
  }
  return items;
}

/** Skills-section items that resolve to nothing (offered as new skills), deduplicated case-insensitively. */
export function unmatchedItems(matcher: SkillMatcher, text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of skillItems(text)) {
    if (matchSkills(matcher, item, { inSkillsSection: true }).length > 0) continue;
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
