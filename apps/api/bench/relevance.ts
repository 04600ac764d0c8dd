// `pnpm bench relevance [--jobs N] [--only embedded|postgres]`: how well search finds and ranks what was asked
// (issue #10, docs/search.md). Seeds N demo jobs (default 10,000, the demo generator), then for a fixed mix of
// 20 searches people type, judges every result against ground truth computed here, independently of
// PostgreSQL's text search: a job is relevant when each word of the query is a word of its title, description,
// skills or company (the word itself or its plural: "accountant" is in "accountants", not in "accounting"
// nor in "account"). Grades for NDCG: 3 the title is the query (with or without a level word: "Senior
// Accountant", level words in front only), 2 the title has every word, 1 the words are elsewhere. Prints per query and on average:
// precision@10, recall (over the first 2,000 results), NDCG@10, and whether an exact title comes first when one
// exists. Targets (#10): recall >= 0.99, precision@10 >= 0.95, exact title first on every query that has one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { createDb, migrateToLatest } from '@hotgigs/db';
import { loadTaxonomy, seedDemo } from '@hotgigs/db/seed';
import { jobSearchInput, type DB } from '@hotgigs/shared';
import { searchJobs } from '../src/domains/search/service.ts';
import { onBothDatabases } from './databases.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '10000' }, only: { type: 'string' } } });
const JOBS = Number(values.jobs);
const RECALL_DEPTH = 2000;

const QUERIES = [
  'accountant',
  'mechanic',
  'data engineer',
  'nurse',
  'teacher',
  'project manager',
  'software engineer',
  'designer',
  'electrician',
  'chef',
  'sales manager',
  'python',
  'data analyst',
  'marketing',
  'warehouse',
  'driver',
  'pharmacist',
  'welder',
  'react',
  'customer service',
];
const LEVEL_WORDS = new Set(['junior', 'senior', 'lead', 'principal', 'trainee', 'entry-level', 'assistant', 'head', 'chief']);

const words = (text: string) => text.toLowerCase().replace(/<[^>]*>/g, ' ').match(/[a-z0-9+#]+(?:-[a-z0-9]+)*/g) ?? [];
/** The word itself or its plural, as a person would count it. */
const sameWord = (token: string, word: string) => token === word || token === `${word}s` || token === `${word}es`;

interface Truth {
  id: string;
  title: string[];
  everything: string[];
}

async function groundTruth(db: Kysely<DB>): Promise<Truth[]> {
  const rows = await db
    .selectFrom('jobs')
    .innerJoin('companies', 'companies.id', 'jobs.company_id')
    .select((eb) => [
      'jobs.id',
      'jobs.title',
      'jobs.description',
      'jobs.requirements',
      'companies.name as company',
      eb
        .selectFrom('job_skills')
        .innerJoin('skills', 'skills.id', 'job_skills.skill_id')
        .select((s) => s.fn.agg<string>('string_agg', ['skills.name', s.val(' ')]).as('names'))
        .whereRef('job_skills.job_id', '=', 'jobs.id')
        .as('skills'),
    ])
    .where('jobs.status', '=', 'published')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: words(r.title),
    everything: words(`${r.title} ${r.description} ${r.requirements ?? ''} ${r.company} ${r.skills ?? ''}`),
  }));
}

function grade(job: Truth, query: string[]): number {
  const has = (tokens: string[]) => query.every((w) => tokens.some((t) => sameWord(t, w)));
  if (!has(job.everything)) return 0;
  // Level words count only in front ("Senior Accountant"): a "Nurse Assistant" is not a nurse.
  let lead = 0;
  while (lead < job.title.length && LEVEL_WORDS.has(job.title[lead]!)) lead += 1;
  const bare = job.title.slice(lead);
  if (bare.length === query.length && has(bare)) return 3;
  return has(job.title) ? 2 : 1;
}

function dcg(grades: number[]): number {
  return grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

async function measure(label: string, databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), 'hotgigs-bench-relevance-'));
  const database = await createDb(databaseUrl ? { databaseUrl } : { dataDir: join(dataDir, 'pglite') });
  try {
    await migrateToLatest(database.db);
    await loadTaxonomy(database.db, { onlyIfEmpty: true });
    await seedDemo(database.db, { jobs: JOBS });
    const truth = await groundTruth(database.db);
    const byId = new Map(truth.map((t) => [t.id, t]));
    console.log(`\n${label}: ${truth.length} published demo jobs, ${QUERIES.length} searches (relevance order, whole words)`);
    console.log(`  ${'query'.padEnd(18)} ${'results'.padStart(7)} ${'relevant'.padStart(8)}  P@10   recall  NDCG@10  exact title first`);
    const totals = { precision: 0, recall: 0, ndcg: 0, exactAsked: 0, exactFirst: 0 };
    for (const q of QUERIES) {
      const query = words(q);
      const ids: string[] = [];
      let total = 0;
      for (let page = 1; ids.length < RECALL_DEPTH; page++) {
        const found = await searchJobs(database.db, jobSearchInput.parse({ filters: { q }, page, limit: 100, facets: false }));
        if (found.similar) break; // similar titles, not matches: none of them counts as found
        total = found.pagination.totalCount;
        ids.push(...found.items.map((item) => item.id));
        if (found.items.length < 100) break;
      }
      const grades = ids.map((id) => (byId.has(id) ? grade(byId.get(id)!, query) : 0));
      const relevant = truth.filter((t) => grade(t, query) > 0);
      const top = grades.slice(0, 10);
      const precision = top.length ? top.filter((g) => g > 0).length / top.length : relevant.length === 0 ? 1 : 0;
      const recall = relevant.length ? grades.filter((g) => g > 0).length / Math.min(relevant.length, RECALL_DEPTH) : 1;
      const ideal = relevant.map((t) => grade(t, query)).sort((a, b) => b - a).slice(0, 10);
      const ndcg = ideal.length ? dcg(top) / dcg(ideal) : 1;
      const hasExact = relevant.some((t) => grade(t, query) === 3);
      const exactFirst = hasExact ? grades[0] === 3 : undefined;
      totals.precision += precision;
      totals.recall += recall;
      totals.ndcg += ndcg;
      if (hasExact) {
        totals.exactAsked += 1;
        if (exactFirst) totals.exactFirst += 1;
      }
      const fixed = (n: number) => n.toFixed(2).padStart(5);
      console.log(
        `  ${q.padEnd(18)} ${String(total).padStart(7)} ${String(relevant.length).padStart(8)}  ${fixed(precision)}  ${fixed(recall)}  ${fixed(ndcg)}    ${exactFirst === undefined ? 'n/a (no such title)' : exactFirst ? 'yes' : 'no'}`,
      );
    }
    const n = QUERIES.length;
    console.log(
      `  ${'mean'.padEnd(18)} ${''.padStart(7)} ${''.padStart(8)}  ${(totals.precision / n).toFixed(2).padStart(5)}  ${(totals.recall / n).toFixed(2).padStart(5)}  ${(totals.ndcg / n).toFixed(2).padStart(5)}    ${totals.exactFirst} of ${totals.exactAsked}`,
    );
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await onBothDatabases(values.only, measure);
