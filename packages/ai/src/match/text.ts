// Words for matching: lower case, stop words out, a light English stemmer (so "engineers" meets "engineer" and
// "developing" meets "developer"'s stem), and term vectors for a TF-IDF cosine of profile and description.
const STOP = new Set(
  'a an and or the of in on at to for with by from as is are be this that we you our your will i it its into per via than who what'.split(' '),
);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu;

export function stem(word: string): string {
  let w = word.replace(/\.+$/u, '');
  if (w.length <= 3) return w;
  for (const suffix of ['ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ies', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD_RE)) {
    const word = match[0];
    if (!STOP.has(word)) out.push(stem(word));
  }
  return out;
}

/** A term vector: term -> weight, and its norm (0 for no terms). */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

export interface DocumentFrequencies {
  docCount: number;
  df: ReadonlyMap<string, number>;
}

export function termVector(text: string, frequencies?: DocumentFrequencies, maxTerms = 400): TermVector {
  const counts = new Map<string, number>();
  for (const term of terms(text).slice(0, 5_000)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const weights = new Map<string, number>();
  let sum = 0;
  const entries = [...counts].map(([term, tf]) => {
    const idf = frequencies ? Math.log(1 + frequencies.docCount / (1 + (frequencies.df.get(term) ?? 0))) : 1;
    return [term, (1 + Math.log(tf)) * idf] as const;
  });
  entries.sort((a, b) => b[1] - a[1]);
  for (const [term, weight] of entries.slice(0, maxTerms)) {
    weights.set(term, weight);
    sum += weight * weight;
  }
  return { weights, norm: Math.sqrt(sum) };
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (a.norm * b.norm);
}

/** A title's key: its terms sorted, so "Engineer, Software" and "software engineers" meet. */
export function titleKey(title: string): string {
  return [...new Set(terms(title))].sort().join(' ');
}

/** Dice overlap of two titles' term sets (0-1). */
export function titleOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return (2 * shared) / (a.size + b.size);
}
