// Web-search syntax for job search, parsed into terms the database can match: words, "quoted phrases",
// OR between terms, -excluded words or phrases. A complete word matches that word and its stem, never every
// word it starts; only the word still being typed in the as-you-type box (the `prefix` option) is a prefix.

export interface SearchTerm {
  /** One word, or the words of a phrase in order. */
  words: string[];
  negated: boolean;
  /** Matches any word starting with it (the word being typed). */
  prefix: boolean;
}

/** All groups must match; within a group, any term (the terms joined by OR). */
export type ParsedQuery = SearchTerm[][];

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;
/** Letters and digits, plus the inner punctuation of names like c++, c#, node.js, .net, ci/cd. */
const WORD_CHARS = /[^\p{L}\p{N}+#./-]+/gu;

function cleanWords(text: string): string[] {
  return text
    .split(/\s+/)
    // A leading dot stays (.net); trailing punctuation is the sentence's, not the word's.
    .map((w) => w.replace(WORD_CHARS, '').replace(/^[/-]+|[/.-]+$/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 10);
}

export interface ParseOptions {
  /** The query comes from the as-you-type box: its last word, not followed by a space, is still being typed. */
  prefix?: boolean;
}

export function parseSearchQuery(query: string, options: ParseOptions = {}): ParsedQuery {
  const typingLastWord = options.prefix === true && query.length > 0 && !/\s$/.test(query);
  const groups: ParsedQuery = [];
  let joinWithPrevious = false;
  const tokens = [...query.matchAll(TOKEN)];
  tokens.forEach((match, index) => {
    const [, minus, phrase, bare] = match;
    if (bare === 'OR') {
      joinWithPrevious = groups.length > 0;
      return;
    }
    const negated = minus === '-' || (bare?.startsWith('-') ?? false);
    const words = phrase !== undefined ? cleanWords(phrase) : cleanWords(bare!.replace(/^-/, ''));
    if (words.length === 0) return;
    const isLast = index === tokens.length - 1;
    const term: SearchTerm = {
      words,
      negated,
      prefix: isLast && typingLastWord && phrase === undefined && !negated && words.length === 1,
    };
    // An excluded term never joins an OR group: "a OR -b" reads as "a, and not b".
    if (joinWithPrevious && !negated && groups.length > 0 && !groups.at(-1)!.some((t) => t.negated)) {
      groups.at(-1)!.push(term);
    } else {
      groups.push([term]);
    }
    joinWithPrevious = false;
  });
  return groups.slice(0, 12);
}

export interface FuzzyCandidate {
  word: string;
  /** The word being typed: not a typo while some known word starts with it. */
  prefix: boolean;
}

/** Plain words of the query that might be misspelt skill or title words (for typo tolerance). */
export function fuzzyCandidates(parsed: ParsedQuery): FuzzyCandidate[] {
  const byWord = new Map<string, boolean>();
  for (const t of parsed.flat()) {
    if (t.negated || t.words.length !== 1 || t.words[0]!.length < 4) continue;
    const word = t.words[0]!.toLowerCase();
    byWord.set(word, (byWord.get(word) ?? false) || t.prefix);
  }
  return [...byWord].map(([word, prefix]) => ({ word, prefix }));
}
