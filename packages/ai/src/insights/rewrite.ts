// Rewrite suggestions from an optional OpenAI-compatible chat model (docs/profiles.md#rewrite-suggestions). The
// rules of insights.ts pick what deserves a rewrite: bullets that open weakly or show no measurable result, and a
// summary that is too long. This module only builds the request and reads the reply; the API sends it. Nothing
// that identifies the candidate goes into the prompt: no name, contact details, links, companies or schools.
import { MEASURABLE, WEAK_OPENING, stripBullet } from './insights.ts';
import type { ParsedResume } from '../types.ts';

/** One piece of the resume offered for a rewrite, numbered for the reply. */
export interface RewriteItem {
  index: number;
  kind: 'bullet' | 'summary';
  /** The job title the bullet was written under, as context for the model (no company). */
  context: string | null;
  text: string;
  /** Why it was picked, shown to the candidate beside the suggestion. */
  reason: string;
}

export interface RewriteSuggestion {
  kind: RewriteItem['kind'];
  context: string | null;
  original: string;
  suggestion: string;
  reason: string;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** At most this many pieces per request: a short reply, a bounded cost. */
export const MAX_REWRITE_ITEMS = 8;
/** A piece longer than this is cut before it is sent; a suggestion longer than this is dropped. */
export const MAX_REWRITE_CHARS = 600;

const WEAK_REASON = 'Opens with a phrase that says little about what you did.';
const UNMEASURED_REASON = 'Shows no measurable result.';
const LONG_SUMMARY_REASON = 'The summary is over 80 words.';

/** The pieces worth rewriting, weakest first: weak openings, then bullets without a result, then a long summary. */
export function rewriteCandidates(parsed: ParsedResume, max = MAX_REWRITE_ITEMS): RewriteItem[] {
  const weak: Omit<RewriteItem, 'index'>[] = [];
  const unmeasured: Omit<RewriteItem, 'index'>[] = [];
  const seen = new Set<string>();
  for (const entry of parsed.experience) {
    for (const raw of entry.value.bullets) {
      const text = stripBullet(raw).slice(0, MAX_REWRITE_CHARS);
      if (text.split(/\s+/).length < 3 || seen.has(text)) continue;
      seen.add(text);
      const item = { kind: 'bullet' as const, context: entry.value.title, text };
      if (WEAK_OPENING.test(text)) weak.push({ ...item, reason: MEASURABLE.test(text) ? WEAK_REASON : `${WEAK_REASON} ${UNMEASURED_REASON}` });
      else if (!MEASURABLE.test(text)) unmeasured.push({ ...item, reason: UNMEASURED_REASON });
    }
  }
  const picked = [...weak, ...unmeasured];
  const summary = parsed.summary?.value;
  if (summary && summary.split(/\s+/).length > 80) picked.push({ kind: 'summary', context: null, text: summary.slice(0, MAX_REWRITE_CHARS * 2), reason: LONG_SUMMARY_REASON });
  return picked.slice(0, max).map((item, index) => ({ ...item, index: index + 1 }));
}

/** The chat request: rules in the system message, the numbered pieces as JSON in the user message. */
export function rewritePrompt(items: readonly RewriteItem[]): ChatMessage[] {
  const system = [
    'You help job seekers improve their resumes. You receive numbered pieces of one resume as JSON.',
    'Rewrite each piece so it opens with a strong verb and states what changed, for whom, and by how much.',
    'Never invent facts or numbers: where a number would help and is not given, write a placeholder in square brackets such as [X%] or [number of users] for the candidate to fill in.',
    'Keep the language of the original and keep each bullet to one sentence of at most 40 words; a summary to at most 60 words.',
    'Answer with JSON only, no prose: {"suggestions":[{"index":1,"text":"..."}]}, one entry per piece you can improve.',
  ].join(' ');
  const user = JSON.stringify({ pieces: items.map((item) => ({ index: item.index, kind: item.kind, jobTitle: item.context ?? undefined, text: item.text })) });
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

export class RewriteReplyError extends Error {}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The model's reply read strictly: JSON (optionally inside a ``` fence or after a sentence), each suggestion tied
 * to a piece that was sent. Unknown indexes, empty or unchanged text, over-long text and duplicates are dropped;
 * control characters are removed. A reply with no JSON object throws RewriteReplyError.
 */
export function readRewriteReply(content: string, items: readonly RewriteItem[]): RewriteSuggestion[] {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end <= start) throw new RewriteReplyError('The reply holds no JSON object.');
  let data: unknown;
  try {
    data = JSON.parse(content.slice(start, end + 1));
  } catch {
    throw new RewriteReplyError('The reply is not valid JSON.');
  }
  const list = (data as { suggestions?: unknown }).suggestions;
  if (!Array.isArray(list)) throw new RewriteReplyError('The reply has no "suggestions" list.');
  // The first usable answer per piece, given back in the order the pieces were sent.
  const answers = new Map<number, string>();
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const { index, text } = entry as { index?: unknown; text?: unknown };
    const item = items.find((i) => i.index === index);
    if (!item || answers.has(item.index) || typeof text !== 'string') continue;
    // eslint-disable-next-line no-control-regex
    const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (!clean || clean.length > (item.kind === 'summary' ? MAX_REWRITE_CHARS * 2 : MAX_REWRITE_CHARS)) continue;
    if (normalise(clean) === normalise(item.text)) continue;
    answers.set(item.index, clean);
  }
  return items.flatMap((item) => {
    const suggestion = answers.get(item.index);
    return suggestion ? [{ kind: item.kind, context: item.context, original: item.text, suggestion, reason: item.reason }] : [];
  });
}
