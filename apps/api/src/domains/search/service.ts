// Job search: full text with web-search syntax (prefix matching only while typing), typo tolerance on titles and skills,
// skill aliases through the search vector, filters with facet counts, three sorts, page or keyset paging,
// and highlighted matches. Every filter runs on an index (see migrations 0001 and 0003).
import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { TITLE_LEVEL_WORDS } from '@hotgigs/ai';
import {
  describePage,
  type DB,
  type EmploymentType,
  type ExperienceLevel,
  type JobSearchFilters,
  type JobSearchInput,
  type Pagination,
  type RemoteType,
} from '@hotgigs/shared';
import { fieldError } from '../../errors.ts';
import { isListed, skillsByJob, summaryColumns, toJobSummary, type JobSummary } from '../jobs/service.ts';
import { fuzzyCandidates, parseSearchQuery, type FuzzyCandidate, type ParsedQuery, type SearchTerm } from './query.ts';

/** Text with its matched stretches marked, for the browser to render without HTML. */
export type Highlight = { text: string; match: boolean }[];

export interface SearchHit extends JobSummary {
  highlights: { title: Highlight; snippet: Highlight | null };
}

export interface FacetCount<T extends string = string> {
  value: T;
  label?: string;
  count: number;
}

export interface SearchFacets {
  remote: FacetCount<RemoteType>[];
  employmentType: FacetCount<EmploymentType>[];
  experienceLevel: FacetCount<ExperienceLevel>[];
  skills: FacetCount[];
  companies: FacetCount[];
  postedWithinDays: FacetCount<'1' | '7' | '30'>[];
}

export interface SearchResult {
  items: SearchHit[];
  /** `totalCount` stops at MAX_COUNTED: beyond it, `totalIsLowerBound` is true ("10,000+ jobs"). */
  pagination: Pagination & { totalIsLowerBound: boolean };
  /** Pass as `cursor` to get the next page (infinite scroll); null at the end. */
  nextCursor: string | null;
  facets: (SearchFacets & { approximate: boolean }) | null;
  /** Set when nothing matched and words looked misspelt: the query with their corrections, searched as well. */
  correctedTo: string | null;
  /**
   * True when nothing matched the words exactly and the items are jobs with similar titles instead ("No exact
   * matches — similar jobs"); exact results and similar ones are never mixed.
   */
  similar: boolean;
}

export interface SearchOptions {
  /** Only jobs published after / before these moments (alert digests). */
  publishedAfter?: Date;
  publishedBefore?: Date;
}

type Facet = 'remote' | 'employmentType' | 'experienceLevel' | 'skills' | 'companies' | 'postedWithinDays';
type JobsEb = ExpressionBuilder<DB, 'jobs'>;
type TsQuery = RawBuilder<unknown>;

const MARK_START = '\u0002';
const MARK_END = '\u0003';
const FACET_LIMIT = 15;
/**
 * Counting every match of a broad search costs more than the search; past this many, totals are shown as
 * "10,000+" and facet counts are taken from the first 10,000 matches (and say so).
 */
export const MAX_COUNTED = 10_000;

function termQuery(term: SearchTerm, corrections: Map<string, string>): TsQuery {
  const [first] = term.words;
  let query: TsQuery;
  if (term.words.length > 1) query = sql`phraseto_tsquery('english', ${term.words.join(' ')})`;
  else if (term.prefix && /^[\p{L}\p{N}]+$/u.test(first!)) query = sql`to_tsquery('english', ${`${first}:*`})`;
  else query = sql`plainto_tsquery('english', ${first})`;
  const correction = term.words.length === 1 ? corrections.get(first!.toLowerCase()) : undefined;
  if (correction) query = sql`(${query} || plainto_tsquery('english', ${correction}))`;
  return term.negated ? sql`(!! ${query})` : query;
}

/** The tsquery for a parsed query: groups joined by AND, terms in a group by OR. */
function toTsQuery(parsed: ParsedQuery, corrections: Map<string, string>): TsQuery {
  const groups = parsed.map((group) => sql`(${sql.join(group.map((t) => termQuery(t, corrections)), sql` || `)})`);
  return sql`(${sql.join(groups, sql` && `)})`;
}

/** The query's plain words, for trigram similarity with titles ("sofware enginer"). */
function plainWords(parsed: ParsedQuery): string {
  return parsed
    .flat()
    .filter((t) => !t.negated)
    .flatMap((t) => t.words)
    .join(' ');
}

interface Resolved {
  filters: JobSearchFilters;
  parsed: ParsedQuery;
  tsquery: TsQuery | undefined;
  /**
   * Excluded words (-word), matched on their own: `id NOT IN (jobs with any of them)` is one index look-up,
   * where `@@ 'a & !b'` must read every candidate's whole vector back from TOAST to check.
   */
  excluded: TsQuery | undefined;
  /** The words for typo-tolerant title matching (trigram similarity), for plain word queries only. */
  titleWords: string | undefined;
  /** The words a title is ranked by (exact title, every word in the title), for plain word queries only. */
  rankWords: string[] | undefined;
  skillIds: string[];
  companyIds: string[];
  options: SearchOptions;
}

async function idsForSlugs(db: Kysely<DB>, table: 'skills' | 'companies', slugs: string[] | undefined, field: string) {
  if (!slugs?.length) return [];
  const rows = await db.selectFrom(table).select(['id', 'slug']).where('slug', 'in', slugs).execute();
  const unknown = slugs.filter((slug) => !rows.some((r) => r.slug === slug));
  if (unknown.length) throw fieldError(field, `Unknown ${field === 'skills' ? 'skill' : 'company'}: ${unknown.join(', ')}.`);
  return rows.map((r) => r.id);
}

/**
 * Corrections for words that no job contains and that are not in the vocabulary of titles and skills: the
 * closest known word by edit distance (1 for short words, 2 for longer ones), the most used one on ties.
 */
async function typoCorrections(db: Kysely<DB>, candidates: FuzzyCandidate[]): Promise<Map<string, string>> {
  if (candidates.length === 0) return new Map();
  const words = candidates.map((c) => c.word);
  // A word still being typed is known when a known word starts with it ("devel" of "developer").
  const typed = candidates.map((c) => `${c.word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}${c.prefix ? '%' : ''}`);
  // Unknown words first (two index look-ups each), so the edit distances are computed for them alone.
  const { rows } = await sql<{ word: string; term: string }>`
    WITH unknown AS (
      SELECT w.word FROM unnest(${words}::text[], ${typed}::text[]) AS w(word, pattern)
      WHERE NOT EXISTS (SELECT 1 FROM search_terms k WHERE k.term LIKE w.pattern)
        AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.search_vector @@ plainto_tsquery('english', w.word))
    )
    SELECT u.word, t.term
    FROM unknown u
    CROSS JOIN LATERAL (
      SELECT term FROM (
        SELECT term, doc_count, levenshtein(term, u.word) AS edits FROM search_terms
        WHERE length(term) BETWEEN length(u.word) - 2 AND length(u.word) + 2
      ) c,
      -- Swapped neighbours ("pyhton") are one typo, though two edits: same letters, same length.
      LATERAL (SELECT CASE WHEN c.edits = 2 AND length(c.term) = length(u.word)
          AND (SELECT string_agg(ch, '' ORDER BY ch) FROM regexp_split_to_table(c.term, '') ch)
            = (SELECT string_agg(ch, '' ORDER BY ch) FROM regexp_split_to_table(u.word, '') ch)
        THEN 1 ELSE c.edits END AS distance) d
      WHERE c.edits <= 2 AND d.distance <= CASE WHEN length(u.word) <= 5 THEN 1 ELSE 2 END
      ORDER BY d.distance, c.doc_count DESC, c.term
      LIMIT 1
    ) t`.execute(db);
  return new Map(rows.map((r) => [r.word, r.term]));
}

const FACETS: Facet[] = ['remote', 'employmentType', 'experienceLevel', 'skills', 'companies', 'postedWithinDays'];

/**
 * A facet's filter as SQL over any relation with the jobs' column names (`jobs` itself, or the matched set `m`
 * the facet counts are taken from); undefined when that filter is not set.
 */
function facetCondition(r: Resolved, facet: Facet, relation: 'jobs' | 'm'): RawBuilder<SqlBool> | undefined {
  const f = r.filters;
  const col = (column: string) => sql.ref(`${relation}.${column}`);
  switch (facet) {
    case 'remote':
      return f.remote?.length ? sql<SqlBool>`${col('remote')} = ANY(${f.remote}::text[])` : undefined;
    case 'employmentType':
      return f.employmentType?.length ? sql<SqlBool>`${col('employment_type')} = ANY(${f.employmentType}::text[])` : undefined;
    case 'experienceLevel':
      return f.experienceLevel?.length ? sql<SqlBool>`${col('experience_level')} = ANY(${f.experienceLevel}::text[])` : undefined;
    case 'skills':
      return r.skillIds.length ? sql<SqlBool>`${col('skill_ids')} @> ${r.skillIds}::uuid[]` : undefined;
    case 'companies':
      return r.companyIds.length ? sql<SqlBool>`${col('company_id')} = ANY(${r.companyIds}::uuid[])` : undefined;
    case 'postedWithinDays':
      return f.postedWithinDays ? sql<SqlBool>`${col('published_at')} >= now() - make_interval(days => ${f.postedWithinDays})` : undefined;
  }
}

function facetConditions(r: Resolved, relation: 'jobs' | 'm', except?: Facet): RawBuilder<SqlBool>[] {
  return FACETS.filter((facet) => facet !== except).flatMap((facet) => facetCondition(r, facet, relation) ?? []);
}

function allOf(conditions: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` AND `)})` : sql<SqlBool>`TRUE`;
}

/**
 * The conditions that are not facets: listed, the text, location, salary, the publication window.
 * `allMatches` (statements that read every match, see readingAllMatches): the text's GIN index finds them, never
 * the status index. For a broad word ("manager", half the jobs) the planner would rather take every listed job
 * from the status index and test the word on each, reading its search vector back from TOAST: 48 ms instead of
 * 10 for "manager -assistant" at 10,000 jobs on PostgreSQL. `IS TRUE` keeps the same rows and hides the listed
 * test from the index.
 */
function baseCondition(r: Resolved, allMatches = false) {
  return (eb: JobsEb): Expression<SqlBool> => {
    const f = r.filters;
    const listed = allMatches && r.tsquery ? sql<SqlBool>`(${isListed(eb)}) IS TRUE` : isListed(eb);
    const conditions: Expression<SqlBool>[] = [listed];
    if (r.tsquery) {
      const text = sql<SqlBool>`jobs.search_vector @@ ${r.tsquery}`;
      conditions.push(r.titleWords ? eb.or([text, sql<SqlBool>`${r.titleWords} <<% jobs.title`]) : text);
    }
    if (r.excluded) {
      conditions.push(sql<SqlBool>`jobs.id NOT IN (SELECT x.id FROM jobs x WHERE x.search_vector @@ ${r.excluded})`);
    }
    if (f.location) {
      const like = eb('jobs.location', 'ilike', `%${f.location.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(f.includeRemote ? eb.or([like, eb('jobs.remote', '=', 'remote')]) : like);
    }
    if (f.salaryMin !== undefined || f.salaryMax !== undefined) {
      // Overlap of ranges; an open end of the job's range counts as its other end.
      conditions.push(eb('jobs.salary_currency', '=', f.salaryCurrency ?? 'USD'));
      if (f.salaryMin !== undefined) {
        conditions.push(sql<SqlBool>`coalesce(jobs.salary_max_yearly, jobs.salary_min_yearly) >= ${f.salaryMin}`);
      }
      if (f.salaryMax !== undefined) {
        conditions.push(sql<SqlBool>`coalesce(jobs.salary_min_yearly, jobs.salary_max_yearly) <= ${f.salaryMax}`);
      }
    }
    if (r.options.publishedAfter) conditions.push(eb('jobs.published_at', '>', r.options.publishedAfter));
    if (r.options.publishedBefore) conditions.push(eb('jobs.published_at', '<=', r.options.publishedBefore));
    return eb.and(conditions);
  };
}

/** Every condition of the search. */
function where(r: Resolved, allMatches = false) {
  return (eb: JobsEb): Expression<SqlBool> => eb.and([baseCondition(r, allMatches)(eb), ...facetConditions(r, 'jobs')]);
}

/** A word as a regular expression for itself or its plural, whole (`\m`, `\M`: PostgreSQL's word boundaries). */
const wordPattern = (word: string) => `${word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(s|es)?`;
/**
 * Words a title may start with and still be the title asked for ("Senior Accountant" is an accountant): the level
 * words the match score also sets aside (@hotgigs/ai), and for search also assistant, head of and chief, which
 * name other jobs to the match score but still put "Chief Accountant" among the accountants.
 */
const LEVEL_PREFIX = `^((${[...TITLE_LEVEL_WORDS, 'assistant', 'head of', 'chief']
  .map((word) => word.replace(/-/g, '[- ]').replace(/^(sr|jr)$/, '$1\\.?'))
  .join('|')})\\s+)+`;

/**
 * Less than any difference of ts_rank between one more or one fewer occurrence of the words, more than nothing:
 * a tie-breaker between skills and company (a word only in the description ranks 0, below either).
 */
const COMPANY_DISCOUNT = 0.001;

/**
 * Every word as written or its plural, anywhere in the job (its unstemmed `simple` vector): "designer" and
 * "designers", not "design" nor "designing". Words with inner punctuation (c++, node.js) get no plural forms.
 */
function exactWordsQuery(words: string[]): TsQuery {
  const forms = (w: string) => (/^[\p{L}\p{N}]+$/u.test(w) ? [w, `${w}s`, `${w}es`] : [w]);
  const word = (w: string) => sql`(${sql.join(forms(w).map((f) => sql`plainto_tsquery('simple', ${f})`), sql` || `)})`;
  return sql`(${sql.join(words.map(word), sql` && `)})`;
}

/**
 * Relevance (docs/search.md): a title that is the query (level words aside) first, then titles with every word,
 * then jobs with every word as written (not only its stem) anywhere, then the rest; within a tier, how often and
 * how heavily (title A, skills and company B) the words occur in the small ranking vector.
 * The tiers outweigh any ts_rank (at most 1 with normalisation 32). Every match is ranked, so the rank must be
 * cheap: ts_rank costs a third less than ts_rank_cd here, the title tests are regular expressions on one short
 * column, and the exact-word test is one look-up in the index of exact_vector (a hashed set of ids), never a
 * read of each match's vector.
 */
function rankExpression(r: Resolved) {
  if (!r.tsquery) return sql<number>`0::real`;
  const title = r.titleWords ? sql`strict_word_similarity(${r.titleWords}, jobs.title)` : sql`0`;
  // Skills and company have the same weight (B): a company whose name has the words costs a hair, so the same
  // words in the skills come first. A set of company ids, from an index (companies_name_search_idx).
  const inCompany = sql`jobs.company_id IN (SELECT c.id FROM companies c WHERE to_tsvector('english', c.name) @@ ${r.tsquery})`;
  const textRank = sql`ts_rank(jobs.rank_vector, ${r.tsquery}, 32) - CASE WHEN ${inCompany} THEN ${sql.lit(COMPANY_DISCOUNT)} ELSE 0 END`;
  const words = r.rankWords;
  if (!words?.length) return sql<number>`(${textRank} + 0.3 * ${title})::real`;
  const everyWord = sql.join(
    words.map((w) => sql`jobs.title ~* ${`\\m${wordPattern(w)}\\M`}`),
    sql` AND `,
  );
  const exact = sql`regexp_replace(jobs.title, ${LEVEL_PREFIX}, '', 'i') ~* ${`^${words.map(wordPattern).join('\\s+')}$`}`;
  const exactWords = sql`jobs.id IN (SELECT x.id FROM jobs x WHERE x.exact_vector @@ ${exactWordsQuery(words)})`;
  return sql<number>`(${textRank} + 0.3 * ${title}
    + CASE WHEN ${exact} THEN 3 WHEN ${everyWord} THEN 2 WHEN ${exactWords} THEN 1 ELSE 0 END)::real`;
}

type SortKey = [number | string, string, string];

/** The salary a job sorts by: the top of its yearly range (index jobs_listed_salary_sort_idx). */
const SALARY_SORT = sql`coalesce(jobs.salary_max_yearly, jobs.salary_min_yearly, -1)`;

/**
 * The sort, most significant first; it always ends with the publication time and the id, so the order is
 * total. The date and salary sorts match indexes, so a broad search reads the first page off an index.
 */
function sortColumns(r: Resolved, sort: JobSearchInput['sort']) {
  const sortBy = sort === 'relevance' && !r.tsquery ? 'date' : sort;
  const leading = sortBy === 'relevance' ? rankExpression(r) : sortBy === 'salary' ? SALARY_SORT : undefined;
  return { leading, columns: [...(leading ? [leading] : []), sql`jobs.published_at`, sql`jobs.id`] };
}

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      (typeof key[0] === 'number' || typeof key[0] === 'string') &&
      typeof key[1] === 'string' &&
      !Number.isNaN(Date.parse(key[1])) &&
      typeof key[2] === 'string' &&
      /^[0-9a-f-]{36}$/.test(key[2])
    ) {
      return key as SortKey;
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('cursor', 'This cursor is not valid; start again from the first page.');
}

function toHighlight(marked: string | null): Highlight | null {
  if (marked === null) return null;
  const parts: Highlight = [];
  for (const [i, piece] of marked.split(MARK_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const [hit = '', rest = ''] = piece.split(MARK_END);
    if (hit) parts.push({ text: hit, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

async function resolve(
  db: Kysely<DB>,
  input: JobSearchInput,
  options: SearchOptions,
  parsed: ParsedQuery,
  corrections: Map<string, string>,
) {
  const [skillIds, companyIds] = await Promise.all([
    idsForSlugs(db, 'skills', input.filters.skills, 'skills'),
    idsForSlugs(db, 'companies', input.filters.companies, 'companies'),
  ]);
  // Only a plain list of words can be a misspelt title; phrases, OR and exclusions mean exactly what they say.
  const plainList = parsed.every((group) => group.length === 1 && !group[0]!.negated && group[0]!.words.length === 1);
  const words = plainWords(parsed);
  // A group of one excluded single word is matched apart (see Resolved.excluded); excluded phrases stay in.
  const isExcludedWord = (group: SearchTerm[]) => group.length === 1 && group[0]!.negated && group[0]!.words.length === 1;
  const excluded = parsed.filter(isExcludedWord);
  const included = parsed.filter((group) => !isExcludedWord(group));
  return {
    filters: input.filters,
    parsed,
    tsquery: included.length ? toTsQuery(included, corrections) : undefined,
    excluded: excluded.length ? toTsQuery([excluded.flat().map((t) => ({ ...t, negated: false }))], corrections) : undefined,
    // Every word of four letters or more: "js xyz" is too little to compare titles with.
    titleWords: plainList && words.length > 0 && words.split(' ').every((w) => w.length >= 4) ? words : undefined,
    rankWords: plainList && words.length > 0 ? words.toLowerCase().split(' ') : undefined,
    skillIds,
    companyIds,
    options,
  } satisfies Resolved;
}

/**
 * Runs a statement that reads every match of a text search (the count, the facets) with bitmap scans only.
 * Matching through the GIN index costs nothing per row, but the planner does not know that checking a row's
 * search vector itself means reading it back from TOAST, so for a broad word and a LIMIT it would rather scan
 * jobs and check each one: 53 ms instead of 7 for "manager" at 100,000 jobs. Result pages are not run this way:
 * reading the date or salary index in order, they stop after a few rows.
 */
function readingAllMatches<T>(db: Kysely<DB>, r: Resolved, run: (db: Kysely<DB>) => Promise<T>): Promise<T> {
  // Inside a caller's transaction the settings would outlive this statement: plan it as usual there.
  if ((!r.tsquery && !r.excluded) || db.isTransaction) return run(db);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`.execute(trx);
    return run(trx);
  });
}

interface FacetCounts {
  facets: SearchFacets & { approximate: boolean };
  /** The jobs matching every filter: exact unless the facets are approximate (then counted apart). */
  total: number;
}

function facetCounts(db: Kysely<DB>, r: Resolved): Promise<FacetCounts> {
  return readingAllMatches(db, r, (reader) => facetStatement(reader, r));
}

/**
 * All facet counts in one statement: the jobs matching everything but the facets are found once (`m`), then
 * each facet is counted with every other facet's filter applied, so a count says what choosing it would give.
 */
async function facetStatement(db: Kysely<DB>, r: Resolved): Promise<FacetCounts> {
  const matched = db
    .selectFrom('jobs')
    .where(baseCondition(r, true))
    .select(['id', 'remote', 'employment_type', 'experience_level', 'company_id', 'published_at', 'skill_ids'])
    .limit(MAX_COUNTED);
  const others = (facet: Facet) => allOf(facetConditions(r, 'm', facet));
  const { rows } = await sql<{ facet: Facet | 'matched' | 'total'; value: string; label: string | null; count: number }>`
    WITH m AS MATERIALIZED (${matched})
    SELECT 'matched' AS facet, NULL AS value, NULL AS label, count(*)::int AS count FROM m
    UNION ALL
    SELECT 'total', NULL, NULL, count(*)::int FROM m WHERE ${allOf(facetConditions(r, 'm'))}
    UNION ALL
    SELECT 'remote', remote, NULL, count(*)::int FROM m WHERE ${others('remote')} GROUP BY remote
    UNION ALL
    SELECT 'employmentType', employment_type, NULL, count(*)::int FROM m WHERE ${others('employmentType')} GROUP BY employment_type
    UNION ALL
    SELECT 'experienceLevel', experience_level, NULL, count(*)::int FROM m WHERE ${others('experienceLevel')} GROUP BY experience_level
    UNION ALL
    (SELECT 'skills', s.slug, s.name, top.n FROM (
        -- unnest in the select list (one ProjectSet) costs half of a lateral unnest per matching row.
        SELECT skill_id, count(*)::int AS n FROM (SELECT unnest(m.skill_ids) AS skill_id FROM m WHERE ${others('skills')}) ids
        GROUP BY skill_id ORDER BY n DESC FETCH FIRST ${FACET_LIMIT} ROWS WITH TIES
      ) top JOIN skills s ON s.id = top.skill_id ORDER BY top.n DESC, s.name LIMIT ${FACET_LIMIT})
    UNION ALL
    (SELECT 'companies', c.slug, c.name, top.n FROM (
        SELECT company_id, count(*)::int AS n FROM m
        WHERE ${others('companies')} GROUP BY company_id ORDER BY n DESC FETCH FIRST ${FACET_LIMIT} ROWS WITH TIES
      ) top JOIN companies c ON c.id = top.company_id ORDER BY top.n DESC, c.name LIMIT ${FACET_LIMIT})
    UNION ALL
    SELECT 'postedWithinDays', d.days, NULL, d.n FROM (
      SELECT count(*) FILTER (WHERE m.published_at >= now() - interval '1 day')::int AS d1,
        count(*) FILTER (WHERE m.published_at >= now() - interval '7 days')::int AS d7,
        count(*) FILTER (WHERE m.published_at >= now() - interval '30 days')::int AS d30
      FROM m WHERE ${others('postedWithinDays')}
    ) posted CROSS JOIN LATERAL (VALUES ('1', posted.d1), ('7', posted.d7), ('30', posted.d30)) AS d(days, n)`.execute(db);
  const of = <T extends string>(facet: Facet) =>
    rows
      .filter((row) => row.facet === facet)
      .map((row) => ({ value: row.value as T, ...(row.label !== null && { label: row.label }), count: row.count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const posted = new Map(of<'1' | '7' | '30'>('postedWithinDays').map((p) => [p.value, p.count]));
  return {
    total: rows.find((row) => row.facet === 'total')?.count ?? 0,
    facets: {
      approximate: (rows.find((row) => row.facet === 'matched')?.count ?? 0) >= MAX_COUNTED,
      remote: of<RemoteType>('remote'),
      employmentType: of<EmploymentType>('employmentType'),
      experienceLevel: of<ExperienceLevel>('experienceLevel'),
      skills: of('skills'),
      companies: of('companies'),
      postedWithinDays: (['1', '7', '30'] as const).map((value) => ({ value, count: posted.get(value) ?? 0 })),
    },
  };
}

async function runSearch(db: Kysely<DB>, input: JobSearchInput, r: Resolved) {
  const sort = sortColumns(r, input.sort);
  let page = db
    .selectFrom('jobs')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .where(where(r))
    .select(summaryColumns)
    .select([
      (sort.leading ?? sql`0`).as('sort_0'),
      sql<string>`jobs.published_at::text`.as('sort_1'),
      sql<string>`ts_headline('english', jobs.title, ${r.tsquery ?? sql`''::tsquery`}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})`.as(
        'title_marked',
      ),
    ]);
  if (input.cursor) {
    const [k0, k1, k2] = decodeCursor(input.cursor);
    const after = [...(sort.leading ? [sql`${k0}`] : []), sql`${k1}::timestamptz`, sql`${k2}::uuid`];
    page = page.where(sql<SqlBool>`(${sql.join(sort.columns)}) < (${sql.join(after)})`);
  }
  const rows = await sort.columns
    .reduce((query, column) => query.orderBy(column, 'desc'), page)
    .limit(input.limit + 1)
    .offset(input.cursor ? 0 : (input.page - 1) * input.limit)
    .execute();
  const hasMore = rows.length > input.limit;
  const pageRows = rows.slice(0, input.limit);
  // Snippets parse the description: only for the rows shown, in one query, beside the one for their skills.
  const ids = pageRows.map((row) => row.id);
  const [marked, skills] = await Promise.all([
    r.tsquery && ids.length
      ? sql<{ id: string; snippet: string }>`
          SELECT id, ts_headline('english', regexp_replace(left(description, 20000), '<[^>]+>', ' ', 'g'), ${r.tsquery},
            ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter= … `}) AS snippet
          FROM jobs WHERE id = ANY(${ids}::uuid[])`
          .execute(db)
          .then((result) => result.rows)
      : [],
    skillsByJob(db, ids),
  ]);
  const snippets = new Map(marked.filter((m) => m.snippet.includes(MARK_START)).map((m) => [m.id, m.snippet]));
  const last = pageRows.at(-1);
  return {
    items: pageRows.map((row) => ({
      ...toJobSummary(row, skills.get(row.id) ?? []),
      highlights: { title: toHighlight(row.title_marked) ?? [], snippet: toHighlight(snippets.get(row.id) ?? null) },
    })),
    nextCursor: hasMore && last ? encodeCursor([row0(last.sort_0), last.sort_1, last.id]) : null,
  };
}

function row0(value: unknown): number | string {
  return typeof value === 'number' ? value : String(value);
}

function countMatches(db: Kysely<DB>, r: Resolved): Promise<number> {
  return readingAllMatches(db, r, (reader) => countStatement(reader, r));
}

async function countStatement(db: Kysely<DB>, r: Resolved): Promise<number> {
  const { n } = await db
    .selectFrom((eb) => eb.selectFrom('jobs').where(where(r, true)).select(sql`1`.as('one')).limit(MAX_COUNTED + 1).as('matches'))
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return n;
}

export async function searchJobs(db: Kysely<DB>, input: JobSearchInput, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = input.filters.q ? parseSearchQuery(input.filters.q, { prefix: input.prefix }) : [];
  // With facets, their statement counts the matches too, unless there are too many to count them all there.
  const statements = async (resolved: Resolved) => {
    const [page, facets, counted] = await Promise.all([
      runSearch(db, input, resolved),
      input.facets ? facetCounts(db, resolved) : null,
      input.facets ? undefined : countMatches(db, resolved),
    ]);
    const total = counted ?? (facets && !facets.facets.approximate ? facets.total : await countMatches(db, resolved));
    return [total, page, facets?.facets ?? null] as const;
  };
  let corrections = new Map<string, string>();
  let r = await resolve(db, input, options, parsed, corrections);
  const titleWords = r.titleWords;
  r = { ...r, titleWords: undefined };
  let [total, page, facets] = await statements(r);
  let similar = false;
  // Typo correction and title similarity are for searches that find nothing: a query whose words match is
  // searched as it was written, with no extra statement.
  if (total === 0 && parsed.length) {
    // A word no title or skill uses, and no job contains, is probably misspelt: its closest known word is
    // searched for as well.
    corrections = await typoCorrections(db, fuzzyCandidates(parsed));
    if (corrections.size) {
      r = { ...(await resolve(db, input, options, parsed, corrections)), titleWords: undefined };
      [total, page, facets] = await statements(r);
    }
    // Still nothing: jobs whose titles look like the words, returned apart and labelled as such.
    if (total === 0 && titleWords) {
      r = { ...r, titleWords };
      [total, page, facets] = await statements(r);
      similar = total > 0;
    }
  }
  const correctedTo = corrections.size
    ? input.filters.q!.split(/\s+/).map((w) => corrections.get(w.toLowerCase()) ?? w).join(' ')
    : null;
  return {
    items: page.items,
    pagination: {
      ...describePage({ page: input.cursor ? 1 : input.page, limit: input.limit }, Math.min(total, MAX_COUNTED)),
      totalIsLowerBound: total > MAX_COUNTED,
    },
    nextCursor: page.nextCursor,
    facets,
    correctedTo,
    similar,
  };
}
