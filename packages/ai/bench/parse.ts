// Resume parser accuracy and speed (issue #11): every labelled resume, in each format it is rendered to (one- and
// two-column PDF, DOCX, TXT), goes through extractDocument -> parseResume with the real taxonomy (as the API's
// parse worker builds its matcher), and each field is scored against the labels.
//
//   pnpm bench parse [--data DIR] [--samples DIR] [--format 1col|2col|docx|txt] [--show titles,companies,...]
//                    [--exact-education]
//
// --show prints, per resume and format, the predicted values of those list fields (+ right, - wrong) and the
// labels no prediction matched (? missed), to see why a field misses; for skills and languages it also prints
// what each missed label resolves to in the taxonomy.
//
// Without --data: the committed fixtures (fixtures/resumes/*.labels.json and their four renderings). With --data:
// a folder of dotin XML resumes (1.xml ...), rendered in memory by scripts/render-fixtures.ts (those with line
// structure: 79 of dotin-train's 310); then also the unlabelled sample PDFs of --samples (default DIR/../samples/
// resumes, when it exists), for which only what was found is printed. Nothing is read from outside the package
// unless given. --show skills|languages prints, per resume of the first format, the field's misses: predicted
// values no label accounts for (with the text they were read from and where), labels not found (with what each
// resolves to in the taxonomy).
//
// Matching rule. Strings are normalised: NFKC, lower case, every run of characters other than letters, digits,
// "+" and "#" becomes one space, trimmed ("B.E." = "b e" = "B E"). Phones compare by their digits.
//   * one-value fields (name, email, phone, headline): a prediction is right when it equals the label; a wrong
//     value counts as a false positive and a miss. Headline: equal, or one is the other's first words (the label
//     is the whole line under the name, "Title - Company"; the parser may keep "Title").
//     Location: the contact location is right when it equals any labelled location (dotin labels every place,
//     job locations too); a resume with location labels and no right prediction is a miss.
//   * lists (links, titles, companies, dates, degrees, schools, languages, skills): set overlap of normalised
//     values per resume; precision = predicted values found among the labels / predicted values, recall =
//     labels found among the predictions / labels; summed over resumes (micro average), F1 from the two.
//     Dates: each experience entry as "start..end|present" (YYYY-MM), the labelled "Years of Experience" spans
//     that are ranges read the same way (durations such as "2 years 10 months" are left out). Links: without
//     scheme, "www." and a trailing "/". Languages: spoken languages named by the parsed items vs the languages
//     among the labelled soft skills.
//     Skills: a predicted skill is right when a label resolves to it through the same taxonomy (label "Mysql" ->
//     MySQL) or names it; a label is found when one of the skills it resolves to, or its text, was predicted.
//     dotin's skill labels are not exhaustive, so skill precision is a lower bound.
//     Degrees and schools (unless --exact-education): the parser keeps the field apart ("B.Tech" + "Computer
//     Science"), dotin's Degree label is the phrase as written ("B.Tech in Computer Science"), and its College Name
//     label often starts at the field on the line above ("in ENC\nNorth Maharashtra University" is labelled
//     "ENC North Maharashtra University"). So an entry's degree also counts as "degree in field" and "degree field",
//     its school also as "field school"; each entry is still one predicted value. --exact-education compares the
//     degree and the school alone (the rule before this one).
//   * total years: right when within 1 year of the union of the labelled date ranges (same reference date).
// Phone and links are not dotin labels: render-fixtures derives them from the text by a strict rule (dotin's
// rendered resumes have no phone numbers, so every phone found there is a false positive).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSkillMatcher, extractDocument, parseResume, type ParsedResume, type SkillMatcher } from '../src/index.ts';
import { findDateRange, unionYears } from '../src/parse/dates.ts';
import { matchSkills } from '../src/parse/skills.ts';
import { LANGUAGE_NAMES, renderResume, type ResumeLabels } from '../scripts/render-fixtures.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
export const FIXTURES = resolve(here, '../fixtures/resumes');
export const FORMATS = ['1col', '2col', 'docx', 'txt'] as const;
export type Format = (typeof FORMATS)[number];
const FILE_SUFFIX: Record<Format, string> = { '1col': '1col.pdf', '2col': '2col.pdf', docx: 'docx', txt: 'txt' };
/** The reference date for "Present", in the predictions and in the labels alike. */
const TODAY = new Date('2026-01-01T00:00:00Z');

export interface LabelledResume {
  id: string;
  labels: ResumeLabels;
  files: Record<Format, Uint8Array>;
}

export function loadFixtures(dir = FIXTURES): LabelledResume[] {
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith('.labels.json'))
    .map((n) => n.replace(/\.labels\.json$/u, ''))
    .sort((a, b) => Number(a) - Number(b));
  return ids.map((id) => ({
    id,
    labels: JSON.parse(readFileSync(join(dir, `${id}.labels.json`), 'utf8')) as ResumeLabels,
    files: Object.fromEntries(FORMATS.map((f) => [f, new Uint8Array(readFileSync(join(dir, `${id}.${FILE_SUFFIX[f]}`)))])) as Record<Format, Uint8Array>,
  }));
}

/** dotin XML resumes rendered in memory (those render-fixtures can lay out). */
export async function loadDotin(dir: string): Promise<LabelledResume[]> {
  const ids = readdirSync(dir)
    .filter((n) => /^\d+\.xml$/u.test(n))
    .map((n) => n.replace(/\.xml$/u, ''))
    .sort((a, b) => Number(a) - Number(b));
  const out: LabelledResume[] = [];
  for (const id of ids) {
    const r = await renderResume(id, readFileSync(join(dir, `${id}.xml`), 'utf8'));
    if (r) out.push({ id, labels: r.labels, files: { '1col': r.pdf1, '2col': r.pdf2, docx: r.docx, txt: new TextEncoder().encode(r.txt) } });
  }
  return out;
}

export function loadMatcher(): SkillMatcher {
  const taxonomy = JSON.parse(readFileSync(resolve(here, '../../db/data/taxonomy.json'), 'utf8')) as { skills: { slug: string; name: string; aliases: string[] }[] };
  // As apps/api's loadSkillEntries: id = slug.
  return createSkillMatcher(taxonomy.skills.map((s) => ({ id: s.slug, name: s.name, aliases: s.aliases ?? [] })));
}

// ------------------------------------------------------------------------------------------------ scoring

export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
const normLink = (s: string) => norm(s.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '').replace(/\/+$/u, ''));
const digits = (s: string) => s.replace(/\D/gu, '');

export const FIELDS = [
  'name', 'email', 'phone', 'location', 'links', 'headline', 'titles', 'companies', 'dates', 'degrees', 'schools', 'skills', 'languages', 'total years',
] as const;
export type FieldName = (typeof FIELDS)[number];

/** Counts of one field: predicted values that were right / predicted, labels that were found / labels. */
export interface Tally {
  predRight: number;
  pred: number;
  truthFound: number;
  truth: number;
}
const zero = (): Tally => ({ predRight: 0, pred: 0, truthFound: 0, truth: 0 });
export type Scores = Record<FieldName, Tally>;
export const emptyScores = (): Scores => Object.fromEntries(FIELDS.map((f) => [f, zero()])) as Scores;

function add(into: Tally, t: Tally) {
  into.predRight += t.predRight;
  into.pred += t.pred;
  into.truthFound += t.truthFound;
  into.truth += t.truth;
}

function scalar(pred: string | null | undefined, truth: string | null | undefined, same: (a: string, b: string) => boolean): Tally {
  const p = pred ? 1 : 0;
  const t = truth ? 1 : 0;
  const right = pred && truth && same(pred, truth) ? 1 : 0;
  return { predRight: right, pred: p, truthFound: right, truth: t };
}

function sets(pred: readonly string[], truth: readonly string[], key: (s: string) => string = norm): Tally {
  const p = new Set(pred.map(key).filter((s) => s !== ''));
  const t = new Set(truth.map(key).filter((s) => s !== ''));
  let right = 0;
  for (const v of p) if (t.has(v)) right++;
  return { predRight: right, pred: p.size, truthFound: right, truth: t.size };
}

/** As sets, but each predicted value may be written several ways (the first is the value itself). */
function alternatives(pred: readonly string[][], truth: readonly string[]): Tally {
  const t = new Set(truth.map(norm).filter((v) => v !== ''));
  const seen = new Set<string>();
  const found = new Set<string>();
  let right = 0;
  for (const ways of pred) {
    const keys = ways.map(norm).filter((v) => v !== '');
    if (!keys.length || seen.has(keys[0]!)) continue;
    seen.add(keys[0]!);
    const hit = keys.find((k) => t.has(k));
    if (hit) {
      right++;
      found.add(hit);
    }
  }
  return { predRight: right, pred: seen.size, truthFound: found.size, truth: t.size };
}

/** --exact-education: degrees and schools compared alone. */
let exactEducation = false;

function rangeKey(r: { start: string | null; end: string | null; current: boolean }): string {
  return `${r.start}..${r.current ? 'present' : r.end}`;
}

function languagesIn(text: string): string[] {
  return LANGUAGE_NAMES.filter((l) => new RegExp(`\\b${l}\\b`, 'iu').test(text));
}

/** The predicted and labelled values of a list field, as scoreResume compares them. */
export function fieldValues(parsed: ParsedResume, labels: ResumeLabels, field: FieldName): { pred: string[]; truth: string[] } | null {
  const exp = parsed.experience.map((e) => e.value);
  switch (field) {
    case 'titles':
      return { pred: exp.map((e) => e.title ?? ''), truth: labels.titles };
    case 'companies':
      return { pred: exp.map((e) => e.company ?? ''), truth: labels.companies };
    case 'degrees':
      return { pred: parsed.education.map((e) => e.value.degree ?? ''), truth: labels.degrees };
    case 'schools':
      return { pred: parsed.education.map((e) => e.value.school ?? ''), truth: labels.schools };
    case 'links':
      return { pred: parsed.links.map((l) => l.value.url), truth: labels.links ?? [] };
    case 'dates':
      return { pred: exp.filter((e) => e.start).map(rangeKey), truth: (labels.dates ?? []).map((d) => findDateRange(d)).filter((r) => r !== null).map(rangeKey) };
    default:
      return null;
  }
}

export function printShow(runs: readonly FileRun[], labelsOf: ReadonlyMap<string, ResumeLabels>, fields: readonly FieldName[]): void {
  for (const run of runs) {
    const labels = labelsOf.get(run.id)!;
    const out: string[] = [];
    for (const f of fields) {
      const v = fieldValues(run.parsed, labels, f);
      if (!v) continue;
      const key = f === 'dates' ? (x: string) => x : f === 'links' ? normLink : norm;
      const truth = new Set(v.truth.map(key));
      const pred = new Set(v.pred.map(key));
      const items = [
        ...v.pred.filter((p) => p !== '').map((p) => `${truth.has(key(p)) ? '+' : '-'} ${JSON.stringify(p)}`),
        ...v.truth.filter((t) => !pred.has(key(t))).map((t) => `? ${JSON.stringify(t)}`),
      ];
      if (items.length) out.push(`  ${f}: ${items.join('  ')}`);
    }
    if (out.length) console.log(`\n${run.id} ${run.format}\n${out.join('\n')}`);
  }
}

const wordPrefix = (a: string, b: string) => a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `);

export function scoreResume(parsed: ParsedResume, labels: ResumeLabels, matcher: SkillMatcher): Scores {
  const s = emptyScores();
  const exp = parsed.experience.map((e) => e.value);
  s.name = scalar(parsed.name?.value, labels.name, (a, b) => norm(a) === norm(b));
  s.email = scalar(parsed.email?.value, labels.email, (a, b) => a.toLowerCase() === b.toLowerCase());
  s.phone = scalar(parsed.phone?.value, labels.phone, (a, b) => digits(a) === digits(b) || (digits(a).length >= 7 && (digits(a).endsWith(digits(b)) || digits(b).endsWith(digits(a)))));
  {
    const pred = parsed.location?.value;
    const right = pred && labels.locations.some((l) => norm(l) === norm(pred)) ? 1 : 0;
    s.location = { predRight: right, pred: pred ? 1 : 0, truthFound: right, truth: labels.locations.length ? 1 : 0 };
  }
  s.links = sets(parsed.links.map((l) => l.value.url), labels.links ?? [], normLink);
  s.headline = scalar(parsed.headline?.value, labels.headline, (a, b) => wordPrefix(norm(a), norm(b)));
  s.titles = sets(exp.map((e) => e.title ?? ''), labels.titles);
  s.companies = sets(exp.map((e) => e.company ?? ''), labels.companies);
  const labelRanges = (labels.dates ?? []).map((d) => findDateRange(d)).filter((r) => r !== null);
  s.dates = sets(exp.filter((e) => e.start).map(rangeKey), labelRanges.map(rangeKey), (x) => x);
  if (exactEducation) {
    s.degrees = sets(parsed.education.map((e) => e.value.degree ?? ''), labels.degrees);
    s.schools = sets(parsed.education.map((e) => e.value.school ?? ''), labels.schools);
  } else {
    const f = (e: ParsedResume['education'][number]) => e.value.field;
    s.degrees = alternatives(parsed.education.map((e) => { const d = e.value.degree; return d ? [d, ...(f(e) ? [`${d} in ${f(e)}`, `${d} ${f(e)}`] : [])] : []; }), labels.degrees);
    s.schools = alternatives(parsed.education.map((e) => { const sc = e.value.school; return sc ? [sc, ...(f(e) ? [`${f(e)} ${sc}`] : [])] : []; }), labels.schools);
  }
  {
    // Skills: through the taxonomy on both sides.
    const labelIds = labels.skills.map((l) => new Set(matchSkills(matcher, l, { inSkillsSection: true }).map((m) => m.skillId)));
    const labelTexts = new Set(labels.skills.map(norm));
    const predIds = new Set(parsed.skills.map((p) => p.skillId));
    const predTexts = new Set(parsed.skills.flatMap((p) => [norm(p.name), norm(p.matchedText)]));
    const predRight = parsed.skills.filter((p) => labelIds.some((ids) => ids.has(p.skillId)) || labelTexts.has(norm(p.name)) || labelTexts.has(norm(p.matchedText))).length;
    const truthFound = labels.skills.filter((l, i) => [...labelIds[i]!].some((id) => predIds.has(id)) || predTexts.has(norm(l))).length;
    s.skills = { predRight, pred: parsed.skills.length, truthFound, truth: labels.skills.length };
  }
  {
    const truth = new Set(labels.languages ?? []);
    const items = parsed.languages.map((l) => l.value);
    const named = new Set(items.flatMap(languagesIn));
    const unknown = items.filter((i) => languagesIn(i).length === 0).length;
    const right = [...named].filter((l) => truth.has(l)).length;
    s.languages = { predRight: right, pred: named.size + unknown, truthFound: right, truth: truth.size };
  }
  {
    const ranges = labelRanges.filter((r): r is typeof r & { start: string } => r.start !== null);
    const now = `${TODAY.getUTCFullYear()}-${String(TODAY.getUTCMonth() + 1).padStart(2, '0')}`;
    const truth = ranges.length ? unionYears(ranges.map((r) => ({ start: r.start, end: r.end ?? now }))) : null;
    const pred = parsed.totalYearsExperience?.value ?? null;
    const right = pred !== null && truth !== null && Math.abs(pred - truth) <= 1 ? 1 : 0;
    s['total years'] = { predRight: right, pred: pred === null ? 0 : 1, truthFound: right, truth: truth === null ? 0 : 1 };
  }
  return s;
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.pred ? t.predRight / t.pred : t.truth ? 0 : 1;
  const r = t.truth ? t.truthFound / t.truth : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

// ------------------------------------------------------------------------------------------------ running

export interface FileRun {
  id: string;
  format: Format;
  extractMs: number;
  parseMs: number;
  scores: Scores;
  parsed: ParsedResume;
}

export async function runOne(bytes: Uint8Array, matcher: SkillMatcher): Promise<{ parsed: ParsedResume; extractMs: number; parseMs: number }> {
  const t0 = performance.now();
  const doc = await extractDocument(bytes);
  const t1 = performance.now();
  const parsed = parseResume(doc, matcher, { today: TODAY });
  const t2 = performance.now();
  return { parsed, extractMs: t1 - t0, parseMs: t2 - t1 };
}

export async function benchParse(resumes: readonly LabelledResume[], formats: readonly Format[], matcher: SkillMatcher): Promise<FileRun[]> {
  // Warm-up: load pdfjs and mammoth, JIT the parser; not timed.
  for (const f of formats) for (const r of resumes.slice(0, 2)) await runOne(r.files[f], matcher);
  const runs: FileRun[] = [];
  for (const format of formats) {
    for (const r of resumes) {
      const { parsed, extractMs, parseMs } = await runOne(r.files[format], matcher);
      runs.push({ id: r.id, format, extractMs, parseMs, parsed, scores: scoreResume(parsed, r.labels, matcher) });
    }
  }
  return runs;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}`.padStart(6);

function sum(runs: readonly FileRun[]): Scores {
  const total = emptyScores();
  for (const run of runs) for (const f of FIELDS) add(total[f], run.scores[f]);
  return total;
}

export function printTable(title: string, runs: readonly FileRun[]): Scores {
  const total = sum(runs);
  console.log(`\n${title} (${runs.length} files)`);
  console.log(`  ${'field'.padEnd(12)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}   right/predicted  found/labels`);
  for (const f of FIELDS) {
    const t = total[f];
    const { p, r, f1 } = prf(t);
    const na = t.truth === 0 && t.pred === 0;
    console.log(
      `  ${f.padEnd(12)} ${na ? '     -' : pct(p)} ${na ? '     -' : pct(r)} ${na ? '     -' : pct(f1)}   ${`${t.predRight}/${t.pred}`.padStart(15)}  ${`${t.truthFound}/${t.truth}`.padStart(12)}`,
    );
  }
  return total;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export function printSpeed(runs: readonly FileRun[], formats: readonly Format[]): void {
  console.log('\nspeed, one thread (one core), ms per file (each file once, after a warm-up)');
  console.log(`  ${'format'.padEnd(8)} ${'extract p50'.padStart(11)} ${'p95'.padStart(7)} ${'max'.padStart(7)}   ${'parse p50'.padStart(9)} ${'p95'.padStart(7)} ${'max'.padStart(7)}   files/s end to end`);
  const row = (label: string, rs: readonly FileRun[]) => {
    const ex = rs.map((r) => r.extractMs).sort((a, b) => a - b);
    const pa = rs.map((r) => r.parseMs).sort((a, b) => a - b);
    const total = rs.reduce((n, r) => n + r.extractMs + r.parseMs, 0);
    const ms = (v: number) => v.toFixed(1).padStart(7);
    console.log(
      `  ${label.padEnd(8)} ${ms(percentile(ex, 50)).padStart(11)} ${ms(percentile(ex, 95))} ${ms(ex.at(-1) ?? 0)}   ${ms(percentile(pa, 50)).padStart(9)} ${ms(percentile(pa, 95))} ${ms(pa.at(-1) ?? 0)}   ${((rs.length * 1000) / total).toFixed(1).padStart(8)}`,
    );
  };
  for (const f of formats) row(f, runs.filter((r) => r.format === f));
  if (formats.length > 1) row('all', runs);
}

/** The unlabelled samples: what was found in each. */
export async function printSamples(dir: string, matcher: SkillMatcher): Promise<void> {
  const names = readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort();
  console.log(`\nunlabelled samples (${dir}): what was found`);
  for (const name of names) {
    const { parsed, extractMs, parseMs } = await runOne(new Uint8Array(readFileSync(join(dir, name))), matcher);
    const found = [
      parsed.name && 'name', parsed.email && 'email', parsed.phone && 'phone', parsed.location && 'location', parsed.links.length && 'links',
      parsed.headline && 'headline', parsed.summary && 'summary', parsed.experience.length && 'experience', parsed.education.length && 'education',
      parsed.skills.length && 'skills', parsed.languages.length && 'languages', parsed.totalYearsExperience && 'total years',
    ].filter(Boolean);
    console.log(`  ${basename(name)}: ${found.length}/12 fields, ${(extractMs + parseMs).toFixed(0)} ms`);
    console.log(`    name ${JSON.stringify(parsed.name?.value ?? null)}, email ${JSON.stringify(parsed.email?.value ?? null)}, phone ${JSON.stringify(parsed.phone?.value ?? null)}, location ${JSON.stringify(parsed.location?.value ?? null)}, headline ${JSON.stringify(parsed.headline?.value ?? null)}`);
    console.log(`    links ${parsed.links.length}, experience ${parsed.experience.length} (${parsed.experience.map((e) => `${e.value.title ?? '?'} @ ${e.value.company ?? '?'} ${e.value.start ?? ''}`).join('; ')})`);
    console.log(`    education ${parsed.education.length}, skills ${parsed.skills.length} (${parsed.skills.slice(0, 12).map((s) => s.name).join(', ')}${parsed.skills.length > 12 ? ', ...' : ''}), languages ${parsed.languages.length}, total years ${parsed.totalYearsExperience?.value ?? '-'}`);
  }
}

/** --show: a field's misses per resume, to see what the parser and the labels disagree on. */
export function printMisses(field: 'skills' | 'languages', runs: readonly FileRun[], resumes: readonly LabelledResume[], matcher: SkillMatcher): void {
  const byId = new Map(resumes.map((r) => [r.id, r]));
  console.log(`\n${field} misses (format ${runs[0]?.format ?? '-'}): "+" predicted, no label accounts for it; "-" a label not found`);
  for (const run of runs) {
    const labels = byId.get(run.id)!.labels;
    const out: string[] = [];
    if (field === 'skills') {
      const labelIds = labels.skills.map((l) => new Set(matchSkills(matcher, l, { inSkillsSection: true }).map((m) => m.skillId)));
      const labelTexts = new Set(labels.skills.map(norm));
      const predIds = new Set(run.parsed.skills.map((p) => p.skillId));
      const predTexts = new Set(run.parsed.skills.flatMap((p) => [norm(p.name), norm(p.matchedText)]));
      for (const p of run.parsed.skills) {
        if (labelIds.some((ids) => ids.has(p.skillId)) || labelTexts.has(norm(p.name)) || labelTexts.has(norm(p.matchedText))) continue;
        out.push(`    + ${p.name} <- "${p.matchedText}" (${p.via}${p.inSkillsSection ? ', skills section' : ''}, ${p.confidence})`);
      }
      labels.skills.forEach((l, i) => {
        if ([...labelIds[i]!].some((id) => predIds.has(id)) || predTexts.has(norm(l))) return;
        out.push(`    - ${l} -> ${labelIds[i]!.size ? [...labelIds[i]!].join(', ') : '(nothing in the taxonomy)'}`);
      });
    } else {
      const truth = new Set(labels.languages ?? []);
      for (const item of run.parsed.languages) {
        const named = languagesIn(item.value);
        if (named.length === 0 || named.some((l) => !truth.has(l))) out.push(`    + ${item.value} (line ${item.line})`);
      }
      const found = new Set(run.parsed.languages.flatMap((i) => languagesIn(i.value)));
      for (const l of truth) if (!found.has(l)) out.push(`    - ${l}`);
    }
    if (out.length) console.log(`  ${run.id}\n${out.join('\n')}`);
  }
}

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string' }, samples: { type: 'string' }, format: { type: 'string' }, show: { type: 'string' }, 'exact-education': { type: 'boolean' } } });
  exactEducation = values['exact-education'] ?? false;
  // Paths as the developer typed them, from where `pnpm bench` was run.
  const from = process.env.INIT_CWD ?? process.cwd();
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) throw new Error(`--format: one of ${FORMATS.join(', ')}`);
  const formats: readonly Format[] = format ? [format as Format] : FORMATS;
  const matcher = loadMatcher();
  const data = values.data ? resolve(from, values.data) : null;
  const resumes = data ? await loadDotin(data) : loadFixtures();
  console.log(`parse bench: ${resumes.length} labelled resumes from ${data ?? `${FIXTURES} (committed fixtures)`}, taxonomy of ${matcher.size} skills`);
  const runs = await benchParse(resumes, formats, matcher);
  if (values.show) {
    const show = values.show.split(',').map((f) => f.trim()) as FieldName[];
    for (const f of show) if (!(FIELDS as readonly string[]).includes(f)) throw new Error(`--show: fields among ${FIELDS.join(', ')}`);
    printShow(runs, new Map(resumes.map((r) => [r.id, r.labels])), show);
  }
  for (const f of formats) printTable(`format ${f}`, runs.filter((r) => r.format === f));
  const total = formats.length > 1 ? printTable('all formats', runs) : sum(runs);
  const worst = FIELDS.filter((f) => total[f].pred + total[f].truth > 0)
    .map((f) => ({ f, ...prf(total[f]) }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 5);
  console.log(`\nworst fields (F1): ${worst.map((w) => `${w.f} ${(w.f1 * 100).toFixed(1)}%`).join(', ')}`);
  printSpeed(runs, formats);
  for (const field of ['skills', 'languages'] as const) {
    if (values.show?.split(',').some((f) => f.trim() === field)) printMisses(field, runs.filter((r) => r.format === formats[0]), resumes, matcher);
  }
  const samples = values.samples ? resolve(from, values.samples) : data ? resolve(data, '../samples/resumes') : null;
  if (samples && existsSync(samples)) await printSamples(samples, matcher);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
