// Builds the committed data files packages/db/data/taxonomy.json and demo-source.json from the public data sets
// in ../shared/data (ESCO v1.1.1, GitHub Linguist, NYC Jobs) plus our curated lists. Output is deterministic:
// re-running on the same inputs writes byte-identical files.
//
//   pnpm --filter @hotgigs/db generate:data [shared-data-dir]
//
// The data directory comes from the argument, else SHARED_DATA_DIR, else ../shared/data; relative paths are
// taken from the repository root.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { SkillRelationKind } from '@hotgigs/shared';
import {
  DEMO_SOURCE_FILE_URL,
  TAXONOMY_FILE_URL,
  type DemoOccupation,
  type DemoSourceFile,
  type SalaryBand,
  type SkillCategory,
  type TaxonomyFile,
  type TaxonomyRelation,
  type TaxonomySkill,
} from '../src/seed/data-files.ts';
import { CURATED_SKILLS, DEFAULT_PARENT_BY_CATEGORY } from './curated-skills.ts';
import { CITIES, COMPANY_NAME_PARTS, FIRST_NAMES, INDUSTRIES, LAST_NAMES, TECH_STACKS } from './demo-word-lists.ts';
import { ANCHOR_OCCUPATIONS, JOB_BOARD_UNIT_GROUPS } from './job-board-occupations.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA_DIR = resolve(REPO_ROOT, process.argv[2] ?? process.env.SHARED_DATA_DIR ?? '../shared/data');

const MAX_ALIASES = 10;
/**
 * ESCO's alternative labels for everyday occupational skills are paraphrases ("coordinate duties of musical
 * staff") rather than names people search for; a few suffice, and all of them would double the file's size.
 */
const MAX_OCCUPATIONAL_SKILL_ALIASES = 3;
const MAX_ALIAS_LENGTH = 60;
const MAX_DESCRIPTION_LENGTH = 280;
const MAX_RELATED_PER_SKILL = 8;
const MAX_SLUG_LENGTH = 80;
/** Occupations with fewer essential skills give jobs too thin to match on. */
const MIN_ESSENTIAL_SKILLS = 5;

// ---------------------------------------------------------------------------------------------------------------
// Text helpers

/** Plain code-unit order: locale-aware comparison could differ between machines and break byte-identical output. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How names are compared when merging sources and checking uniqueness. */
function nameKey(name: string): string {
  return collapseSpace(name.normalize('NFC')).toLowerCase();
}

/** ESCO disambiguates with a trailing qualifier, "Python (computer programming)"; other sources say "Python". */
function withoutQualifier(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '');
}

function truncateAtWord(text: string, max: number): string {
  const clean = collapseSpace(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\./, 'dot-')
    .replace(/#/g, '-sharp')
    .replace(/\+\+/g, '-plus-plus')
    .replace(/\+/g, '-plus')
    .replace(/&/g, '-and-')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  return cut.slice(0, cut.lastIndexOf('-'));
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const ROMAN_NUMERAL = /^(i{1,3}|iv|v|vi{1,3}|ix|x)$/i;

/** "ICT system administrator" -> "ICT System Administrator"; words already capitalised (ICT, 3D) stay as they are. */
function titleCase(text: string, keepUpper: ReadonlySet<string> = new Set()): string {
  return collapseSpace(text)
    .split(' ')
    .map((word, index) =>
      word
        .split(/([/-])/)
        .map((part) => {
          if (keepUpper.has(part.toUpperCase().replace(/[^A-Z]/g, ''))) return part.toUpperCase();
          if (ROMAN_NUMERAL.test(part)) return part.toUpperCase();
          if (index > 0 && MINOR_WORDS.has(part)) return part;
          return part.replace(/^(\W*)([a-z])/, (_, lead: string, letter: string) => lead + letter.toUpperCase());
        })
        .join(''),
    )
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Sources

type CsvRow = Record<string, string>;

function readCsv(...path: string[]): CsvRow[] {
  return parseCsv(readFileSync(join(DATA_DIR, ...path), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as CsvRow[];
}

function field(row: CsvRow, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`CSV column "${column}" is missing`);
  return value;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map(collapseSpace)
    .filter((line) => line.length > 0);
}

interface EscoSkill {
  uri: string;
  label: string;
  altLabels: string[];
  description: string;
  skillType: string;
  reuseLevel: string;
}

interface EscoOccupation {
  uri: string;
  label: string;
  altLabels: string[];
  description: string;
  isco: string;
  /** ESCO's code, e.g. 2512.4.1: each further dot is a narrower specialisation. */
  code: string;
  essential: string[];
  optional: string[];
}

interface Esco {
  skills: Map<string, EscoSkill>;
  skillByLabel: Map<string, EscoSkill>;
  digital: Set<string>;
  /** Every concept's broader concepts (skills and skill groups). */
  broader: Map<string, string[]>;
  /** Skill-pillar roots: L (languages), T (transversal), K (knowledge), S (skills). */
  pillarRoots: Map<string, string>;
  groupLabels: Map<string, string>;
  skillRelations: [from: string, to: string, type: string][];
  /** Human languages (English, Spanish...): ESCO links none to occupations, yet job ads ask for them. */
  languages: Set<string>;
  occupations: EscoOccupation[];
}

function loadEsco(): Esco {
  const skills = new Map<string, EscoSkill>();
  for (const row of readCsv('taxonomy', 'esco', 'skills_en.csv')) {
    const uri = field(row, 'conceptUri');
    skills.set(uri, {
      uri,
      label: collapseSpace(field(row, 'preferredLabel')),
      altLabels: lines(field(row, 'altLabels')),
      description: field(row, 'description'),
      skillType: field(row, 'skillType'),
      reuseLevel: field(row, 'reuseLevel'),
    });
  }
  const skillByLabel = new Map([...skills.values()].map((s) => [nameKey(s.label), s]));
  const digital = new Set(readCsv('taxonomy', 'esco', 'digitalSkillsCollection_en.csv').map((r) => field(r, 'conceptUri')));

  const broader = new Map<string, string[]>();
  for (const row of readCsv('taxonomy', 'esco', 'broaderRelationsSkillPillar.csv')) {
    const list = broader.get(field(row, 'conceptUri')) ?? [];
    list.push(field(row, 'broaderUri'));
    broader.set(field(row, 'conceptUri'), list);
  }
  for (const list of broader.values()) list.sort(compareText);

  const groupLabels = new Map(
    readCsv('taxonomy', 'esco', 'skillGroups_en.csv').map((r) => [field(r, 'conceptUri'), field(r, 'preferredLabel')]),
  );

  const skillRelations = readCsv('taxonomy', 'esco', 'skillSkillRelations.csv').map(
    (r) => [field(r, 'originalSkillUri'), field(r, 'relatedSkillUri'), field(r, 'relationType')] as [string, string, string],
  );

  const requirements = new Map<string, { essential: string[]; optional: string[] }>();
  for (const row of readCsv('taxonomy', 'esco', 'occupationSkillRelations.csv')) {
    const occupation = field(row, 'occupationUri');
    const entry = requirements.get(occupation) ?? { essential: [], optional: [] };
    (field(row, 'relationType') === 'essential' ? entry.essential : entry.optional).push(field(row, 'skillUri'));
    requirements.set(occupation, entry);
  }
  const occupations = readCsv('taxonomy', 'esco', 'occupations_en.csv').map((row): EscoOccupation => {
    const uri = field(row, 'conceptUri');
    const req = requirements.get(uri) ?? { essential: [], optional: [] };
    return {
      uri,
      label: collapseSpace(field(row, 'preferredLabel')),
      altLabels: lines(field(row, 'altLabels')),
      description: field(row, 'description').trim(),
      isco: field(row, 'iscoGroup'),
      code: field(row, 'code'),
      essential: req.essential.filter((s) => skills.has(s)),
      optional: req.optional.filter((s) => skills.has(s)),
    };
  });
  const hierarchy = readCsv('taxonomy', 'esco', 'skillsHierarchy_en.csv');
  const pillarRoots = new Map(hierarchy.map((r) => [field(r, 'Level 0 URI'), field(r, 'Level 0 code')]));
  // L1 is the hierarchy's "languages" group (L2 holds classical ones).
  const languagesGroup = hierarchy.find((r) => r['Level 1 code'] === 'L1')?.['Level 1 URI'];
  const languages = [...skills.values()]
    .filter((s) => s.skillType === 'knowledge' && languagesGroup && broader.get(s.uri)?.includes(languagesGroup))
    .map((s) => s.uri);
  return {
    skills,
    skillByLabel,
    digital,
    broader,
    pillarRoots,
    groupLabels,
    skillRelations,
    languages: new Set(languages),
    occupations,
  };
}

interface LinguistLanguage {
  name: string;
  type: 'programming' | 'markup' | 'data' | 'prose';
  aliases: string[];
}

/**
 * Linguist lists 829 languages, most of them file formats or niche dialects. Programming languages count as
 * skills when GitHub shows them (a colour), they are not a dialect of another (`group`), and people refer to
 * them by other names (`aliases`) or they are widely used (this list, for the well-known ones without aliases).
 */
const POPULAR_PROGRAMMING_LANGUAGES = new Set([
  'ABAP', 'Ada', 'Apex', 'Assembly', 'C', 'C#', 'C++', 'COBOL', 'Clojure', 'CoffeeScript', 'Crystal', 'Dart',
  'Elixir', 'Elm', 'Erlang', 'F#', 'Fortran', 'Go', 'Groovy', 'Haskell', 'Java', 'JavaScript', 'Julia', 'Kotlin',
  'Lua', 'MATLAB', 'Nim', 'OCaml', 'Objective-C', 'PHP', 'PLSQL', 'Pascal', 'Perl', 'PowerShell', 'Prolog',
  'Python', 'R', 'Ruby', 'Rust', 'SAS', 'Scala', 'Scheme', 'Shell', 'Smalltalk', 'Solidity', 'Swift', 'TSQL',
  'TypeScript', 'VBA', 'Verilog', 'VHDL', 'Visual Basic .NET', 'Zig',
]);
/** Markup, data and prose languages that are skills on a CV, rather than file formats. */
const SKILL_MARKUP_AND_DATA_LANGUAGES = new Set([
  'CSS', 'GraphQL', 'HTML', 'JSON', 'Less', 'Markdown', 'Protocol Buffer', 'SCSS', 'SQL', 'Sass', 'TeX', 'TOML',
  'XML', 'YAML',
]);
/** Linguist names that are everyday words, which would turn "salt" in a chef's CV into a programming skill. */
const AMBIGUOUS_LANGUAGE_NAMES = new Set(['Just', 'M', 'Max', 'Nu', 'Red', 'Ring', 'Salt', 'Self', 'Tape', 'V']);

function loadLinguist(): LinguistLanguage[] {
  const file = parseYaml(readFileSync(join(DATA_DIR, 'taxonomy', 'linguist', 'languages.yml'), 'utf8')) as Record<
    string,
    { type: LinguistLanguage['type']; aliases?: string[]; group?: string; color?: string }
  >;
  return Object.entries(file)
    .filter(([name, lang]) => {
      if (AMBIGUOUS_LANGUAGE_NAMES.has(name)) return false;
      if (SKILL_MARKUP_AND_DATA_LANGUAGES.has(name)) return true;
      if (POPULAR_PROGRAMMING_LANGUAGES.has(name)) return true;
      return lang.type === 'programming' && !lang.group && !!lang.color && (lang.aliases?.length ?? 0) > 0;
    })
    // One- and two-letter aliases are file extensions ("md", "be", "rs") that collide with ordinary words and
    // abbreviations in a CV; the curated list adds back the short forms people do write (js, ts, py).
    .map(([name, lang]) => ({ name, type: lang.type, aliases: (lang.aliases ?? []).filter((a) => a.length > 2) }))
    .sort((a, b) => compareText(a.name, b.name));
}

interface NycJob {
  businessTitle: string;
  level: string;
  category: string;
  salaryFrom: number;
  salaryTo: number;
  frequency: string;
  workLocation: string;
}

function loadNycJobs(): NycJob[] {
  return readCsv('jobs', 'nyc', 'NYC_Jobs.csv').map((r) => ({
    businessTitle: collapseSpace(field(r, 'Business Title')),
    level: field(r, 'Level').trim(),
    category: collapseSpace(field(r, 'Job Category')),
    salaryFrom: Number(field(r, 'Salary Range From')),
    salaryTo: Number(field(r, 'Salary Range To')),
    frequency: field(r, 'Salary Frequency').trim(),
    workLocation: collapseSpace(field(r, 'Work Location')),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// Occupations

/**
 * The anchors, then per ISCO unit group the best-ranked remaining occupations up to the group's quota. Ranking:
 * general before specialised (fewer dots in ESCO's code; no "... in <sector>" suffix), then more alternative
 * titles (a rough sign of a common job), then title.
 */
function selectOccupations(esco: Esco): EscoOccupation[] {
  const eligible = esco.occupations.filter((o) => o.essential.length >= MIN_ESSENTIAL_SKILLS);
  const byLabel = new Map(eligible.map((o) => [o.label, o]));
  const chosen = new Map<string, EscoOccupation>();
  for (const label of ANCHOR_OCCUPATIONS) {
    const occupation = byLabel.get(label);
    if (!occupation) throw new Error(`Anchor occupation "${label}" is not in ESCO or has too few essential skills`);
    chosen.set(occupation.uri, occupation);
  }
  const specialisation = (o: EscoOccupation) => (/ in /.test(o.label) ? 1 : 0);
  const depth = (o: EscoOccupation) => o.code.split('.').length;
  for (const [group, quota] of Object.entries(JOB_BOARD_UNIT_GROUPS).sort(([a], [b]) => compareText(a, b))) {
    eligible
      .filter((o) => o.isco === group && !chosen.has(o.uri))
      .sort(
        (a, b) =>
          depth(a) - depth(b) ||
          specialisation(a) - specialisation(b) ||
          b.altLabels.length - a.altLabels.length ||
          compareText(a.label, b.label),
      )
      .slice(0, quota)
      .forEach((o) => chosen.set(o.uri, o));
  }
  return [...chosen.values()].sort((a, b) => compareText(a.label, b.label));
}

// ---------------------------------------------------------------------------------------------------------------
// Skills

/** Which source an alias came from: when two skills claim the same alias, the more deliberate source keeps it. */
const AliasPriority = { Esco: 1, Linguist: 2, Curated: 3 } as const;
type AliasPriority = (typeof AliasPriority)[keyof typeof AliasPriority];

interface SkillDraft {
  name: string;
  category: SkillCategory;
  description: string;
  aliases: { text: string; priority: AliasPriority }[];
  /** A parent the curated list names; it outranks ESCO's hierarchy. */
  explicitParent?: string | undefined;
  /** The parent when neither the curated list nor ESCO gives one. */
  defaultParent?: string | undefined;
  escoUri?: string;
  maxAliases: number;
  slug?: string;
}

/** ESCO groups whose members are a more specific kind of thing than "knowledge", by the broader's label. */
const ESCO_CATEGORY_BY_BROADER: [broader: string, category: SkillCategory][] = [
  ['computer programming', 'programming-language'],
  ['query languages', 'programming-language'],
  ['style sheet languages', 'programming-language'],
  ['database management systems', 'database'],
  ['cloud technologies', 'cloud'],
  ['data extraction, transformation and loading tools', 'data'],
  ['data mining', 'data'],
  ['software frameworks', 'framework'],
  ['JavaScript Framework', 'framework'],
  ['graphics editor software', 'design'],
  ['ICT project management methodologies', 'methodology'],
  ['integrated development environment software', 'tool'],
  ['tools for software configuration management', 'tool'],
  ['tools for ICT test automation', 'tool'],
  ['penetration testing tool', 'tool'],
  ['digital game creation systems', 'tool'],
  ['CAD software', 'tool'],
  ['optical character recognition software', 'tool'],
  ['learning management systems', 'platform'],
  ['mobile operating systems', 'platform'],
  ['operating systems', 'platform'],
  ['WebCMS', 'platform'],
  ['web programming', 'platform'],
];

/** ESCO skills the broader-label rule files wrongly: they sit under "computer programming" but are no language. */
const ESCO_CATEGORY_OVERRIDES: Record<string, SkillCategory> = {
  AJAX: 'knowledge',
  LDAP: 'knowledge',
  'SAP R3': 'platform',
  'Visual Studio .NET': 'tool',
  'web programming': 'knowledge',
};

function escoCategory(esco: Esco, skill: EscoSkill): SkillCategory {
  const override = ESCO_CATEGORY_OVERRIDES[skill.label];
  if (override) return override;
  if (esco.languages.has(skill.uri)) return 'language';
  const broaderLabels = new Set(
    (esco.broader.get(skill.uri) ?? []).map((uri) => esco.skills.get(uri)?.label ?? esco.groupLabels.get(uri)),
  );
  if (esco.digital.has(skill.uri) && skill.skillType === 'knowledge') {
    for (const [label, category] of ESCO_CATEGORY_BY_BROADER) if (broaderLabels.has(label)) return category;
  }
  // ESCO links many occupational skills to transversal groups too, so only skills that are transversal
  // themselves, or sit in no other pillar, count as soft skills.
  const pillars = escoPillars(esco, skill.uri);
  if (skill.reuseLevel === 'transversal' || (pillars.size === 1 && pillars.has('T'))) return 'soft-skill';
  return skill.skillType === 'knowledge' ? 'knowledge' : 'skill';
}

function escoPillars(esco: Esco, uri: string): Set<string> {
  const pillars = new Set<string>();
  const seen = new Set<string>();
  const queue = [uri];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    if (seen.has(current)) continue;
    seen.add(current);
    const root = esco.pillarRoots.get(current);
    if (root) pillars.add(root);
    queue.push(...(esco.broader.get(current) ?? []));
  }
  return pillars;
}

/** ESCO skills our curated list points at (parents, implies, related) are included even if nothing else needs them. */
function curatedEscoReferences(esco: Esco): string[] {
  const names = CURATED_SKILLS.flatMap((c) => [
    ...(c.sameAs ?? []),
    ...(c.implies ?? []),
    ...(c.related ?? []),
    ...(c.parent ? [c.parent] : []),
    c.name,
  ]);
  names.push(...Object.values(DEFAULT_PARENT_BY_CATEGORY), 'computer programming');
  return names.flatMap((n) => {
    const skill = esco.skillByLabel.get(nameKey(n));
    return skill ? [skill.uri] : [];
  });
}

interface BuiltTaxonomy {
  file: TaxonomyFile;
  slugByEscoUri: Map<string, string>;
  /** Every source's names for each skill (nameKey), to its slug. */
  slugByName: Map<string, string>;
}

function buildTaxonomy(esco: Esco, linguist: LinguistLanguage[], occupations: EscoOccupation[]): BuiltTaxonomy {
  const drafts: SkillDraft[] = [];
  /** Every name any source uses for a skill (curated names and sameAs, Linguist names, ESCO labels). */
  const byName = new Map<string, SkillDraft>();
  const register = (name: string, draft: SkillDraft) => {
    const existing = byName.get(nameKey(name));
    if (existing && existing !== draft) throw new Error(`"${name}" names two different skills`);
    byName.set(nameKey(name), draft);
  };

  for (const curated of CURATED_SKILLS) {
    const draft: SkillDraft = {
      name: curated.name,
      category: curated.category,
      description: curated.description,
      aliases: (curated.aliases ?? []).map((text) => ({ text, priority: AliasPriority.Curated })),
      explicitParent: curated.parent,
      defaultParent: DEFAULT_PARENT_BY_CATEGORY[curated.category],
      maxAliases: MAX_ALIASES,
    };
    drafts.push(draft);
    register(curated.name, draft);
    for (const other of curated.sameAs ?? []) register(other, draft);
  }

  for (const language of linguist) {
    const aliases = language.aliases.map((text) => ({ text, priority: AliasPriority.Linguist }));
    const existing = byName.get(nameKey(language.name));
    if (existing) {
      existing.aliases.push(...aliases, { text: language.name, priority: AliasPriority.Linguist });
      continue;
    }
    const draft: SkillDraft = {
      name: language.name,
      category: 'programming-language',
      description: '',
      aliases,
      defaultParent: language.type === 'programming' ? 'computer programming' : undefined,
      maxAliases: MAX_ALIASES,
    };
    drafts.push(draft);
    register(language.name, draft);
  }

  const selected = new Set([
    ...esco.digital,
    ...esco.languages,
    ...occupations.flatMap((o) => [...o.essential, ...o.optional]),
    ...curatedEscoReferences(esco),
  ]);
  const escoSkills = [...selected]
    .map((uri) => esco.skills.get(uri))
    .filter((s) => s !== undefined)
    .sort((a, b) => compareText(a.label, b.label));
  const draftByEscoUri = new Map<string, SkillDraft>();
  for (const skill of escoSkills) {
    const aliases = skill.altLabels.map((text) => ({ text, priority: AliasPriority.Esco }));
    // Only curated and Linguist entries take an ESCO skill by its unqualified name: two ESCO skills never merge.
    const unqualified = byName.get(nameKey(withoutQualifier(skill.label)));
    const existing = byName.get(nameKey(skill.label)) ?? (unqualified?.escoUri ? undefined : unqualified);
    if (existing) {
      if (existing.escoUri) throw new Error(`ESCO "${skill.label}" merges into "${existing.name}", already merged`);
      existing.escoUri = skill.uri;
      existing.description ||= skill.description;
      existing.aliases.push(...aliases, { text: skill.label, priority: AliasPriority.Esco });
      register(skill.label, existing);
      draftByEscoUri.set(skill.uri, existing);
      continue;
    }
    const draft: SkillDraft = {
      name: skill.label,
      category: escoCategory(esco, skill),
      description: skill.description,
      aliases,
      escoUri: skill.uri,
      maxAliases: esco.digital.has(skill.uri) ? MAX_ALIASES : MAX_OCCUPATIONAL_SKILL_ALIASES,
    };
    drafts.push(draft);
    register(skill.label, draft);
    draftByEscoUri.set(skill.uri, draft);
  }

  assignSlugs(drafts);
  const resolve = (name: string, context: string): SkillDraft => {
    const draft = byName.get(nameKey(name));
    if (!draft) throw new Error(`${context}: no skill is called "${name}"`);
    return draft;
  };
  // An explicit curated parent first, then ESCO's hierarchy, then the source's default.
  const parentOf = (draft: SkillDraft): string | null => {
    const escoParents = (draft.escoUri ? (esco.broader.get(draft.escoUri) ?? []) : [])
      .map((uri) => draftByEscoUri.get(uri))
      .filter((parent) => parent !== undefined)
      .sort((a, b) => compareText(slugOf(a), slugOf(b)));
    const candidates = [
      ...(draft.explicitParent ? [resolve(draft.explicitParent, `parent of "${draft.name}"`)] : []),
      ...escoParents,
      ...(draft.defaultParent ? [resolve(draft.defaultParent, `default parent of "${draft.name}"`)] : []),
    ];
    const parent = candidates.find((p) => p !== draft);
    return parent ? slugOf(parent) : null;
  };

  const skills: TaxonomySkill[] = drafts.map((draft) => ({
    slug: slugOf(draft),
    name: draft.name,
    category: draft.category,
    parent: parentOf(draft),
    aliases: [],
    description: truncateAtWord(draft.description, MAX_DESCRIPTION_LENGTH),
  }));
  assertUniqueNames(skills);
  resolveAliases(drafts, skills);
  assertParentsAcyclic(skills);
  skills.sort((a, b) => compareText(a.slug, b.slug));

  const relations = buildRelations(esco, draftByEscoUri, resolve);
  const slugByEscoUri = new Map([...draftByEscoUri].map(([uri, draft]) => [uri, slugOf(draft)]));
  const slugByName = new Map([...byName].map(([key, draft]) => [key, slugOf(draft)]));
  return { file: { version: 1, skills, relations }, slugByEscoUri, slugByName };
}

function slugOf(draft: SkillDraft): string {
  if (!draft.slug) throw new Error(`"${draft.name}" has no slug`);
  return draft.slug;
}

/** Slugs in name order, so that which of two clashing names gets the "-2" never depends on source order. */
function assignSlugs(drafts: SkillDraft[]): void {
  const taken = new Set<string>();
  const ordered = [...drafts].sort((a, b) => compareText(nameKey(a.name), nameKey(b.name)) || compareText(a.name, b.name));
  for (const draft of ordered) {
    const base = slugify(draft.name);
    if (!base) throw new Error(`"${draft.name}" makes an empty slug`);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    draft.slug = slug;
  }
}

function assertUniqueNames(skills: TaxonomySkill[]): void {
  const seen = new Set<string>();
  for (const skill of skills) {
    const key = skill.name.toLowerCase();
    if (seen.has(key)) throw new Error(`Two skills are named "${skill.name}"`);
    seen.add(key);
  }
}

/**
 * Aliases the sources give that are everyday words: matching them would read a barista's "coffee" as
 * CoffeeScript or a baker's "cake" as C#.
 */
const EVERYDAY_WORD_ALIASES = new Set(['apples', 'cake', 'coffee', 'flex', 'igor', 'inc', 'make', 'progress', 'typ']);

/** "JavaScript 1.7", "PHP7", "python3": a version of a name the skill already has, which adds nothing. */
function isVersionVariant(alias: string, otherNames: ReadonlySet<string>): boolean {
  const stripped = alias.replace(/[\s-]*v?\d+(\.\d+)*$/i, '').toLowerCase();
  return stripped !== alias.toLowerCase() && otherNames.has(stripped);
}

/**
 * Keeps each skill's aliases usable for matching text: never another skill's name, never claimed by two skills
 * (the more deliberate source wins a tie-break; equal claims drop the alias everywhere), at most MAX_ALIASES,
 * shortest first since short forms are what people write.
 */
function resolveAliases(drafts: SkillDraft[], skills: TaxonomySkill[]): void {
  const names = new Set(skills.map((s) => s.name.toLowerCase()));
  const candidates = drafts.map((draft) => {
    const own = new Set([draft.name.toLowerCase(), ...draft.aliases.map((a) => collapseSpace(a.text).toLowerCase())]);
    const best = new Map<string, { text: string; priority: AliasPriority }>();
    for (const alias of draft.aliases) {
      const text = collapseSpace(alias.text.normalize('NFC'));
      const key = text.toLowerCase();
      if (!text || text.length > MAX_ALIAS_LENGTH || names.has(key) || EVERYDAY_WORD_ALIASES.has(key)) continue;
      if (isVersionVariant(text, own)) continue;
      const previous = best.get(key);
      if (!previous || alias.priority > previous.priority) best.set(key, { text, priority: alias.priority });
    }
    return best;
  });
  const claims = new Map<string, AliasPriority[]>();
  for (const best of candidates) {
    for (const [key, { priority }] of best) claims.set(key, [...(claims.get(key) ?? []), priority]);
  }
  candidates.forEach((best, index) => {
    const kept = [...best.entries()]
      .filter(([key, { priority }]) => {
        const all = claims.get(key) ?? [];
        const top = Math.max(...all);
        return priority === top && all.filter((p) => p === top).length === 1;
      })
      .map(([, alias]) => alias)
      .sort((a, b) => b.priority - a.priority || a.text.length - b.text.length || compareText(a.text, b.text))
      .slice(0, drafts[index]?.maxAliases)
      .map((a) => a.text);
    const skill = skills[index];
    if (skill) skill.aliases = kept;
  });
}

/** A parent chain must end; ESCO's hierarchy has no cycles today, so this guards against future versions. */
function assertParentsAcyclic(skills: TaxonomySkill[]): void {
  const bySlug = new Map(skills.map((s) => [s.slug, s]));
  for (const skill of skills) {
    const seen = new Set<string>([skill.slug]);
    for (let parent = skill.parent; parent !== null; parent = bySlug.get(parent)?.parent ?? null) {
      if (seen.has(parent)) throw new Error(`Parent cycle through "${skill.slug}"`);
      seen.add(parent);
    }
  }
}

function buildRelations(
  esco: Esco,
  draftByEscoUri: Map<string, SkillDraft>,
  resolve: (name: string, context: string) => SkillDraft,
): TaxonomyRelation[] {
  const byPair = new Map<string, TaxonomyRelation>();
  const add = (from: string, to: string, kind: SkillRelationKind) => {
    if (from === to) return;
    // One edge per pair of skills, either way round. Implies edges are added first: they say more.
    const pair = [from, to].sort(compareText).join(' ');
    const existing = byPair.get(pair);
    if (!existing) byPair.set(pair, [from, to, kind]);
    else if (kind === 'implies' && existing[0] !== from) throw new Error(`"${from}" and "${to}" imply each other`);
  };
  for (const curated of CURATED_SKILLS) {
    const from = slugOf(resolve(curated.name, 'curated skill'));
    for (const name of curated.implies ?? []) add(from, slugOf(resolve(name, `implied by "${curated.name}"`)), 'implies');
  }
  for (const curated of CURATED_SKILLS) {
    const from = slugOf(resolve(curated.name, 'curated skill'));
    for (const name of curated.related ?? []) add(from, slugOf(resolve(name, `related to "${curated.name}"`)), 'related');
  }
  // ESCO's essential links first, then optional ones, up to MAX_RELATED_PER_SKILL per skill.
  const relatedCount = new Map<string, number>();
  const escoLinks = esco.skillRelations
    .map(([fromUri, toUri, type]) => ({ from: draftByEscoUri.get(fromUri), to: draftByEscoUri.get(toUri), type }))
    .filter((l): l is { from: SkillDraft; to: SkillDraft; type: string } => !!l.from && !!l.to)
    .map((l) => ({ from: slugOf(l.from), to: slugOf(l.to), essential: l.type === 'essential' ? 0 : 1 }))
    .sort((a, b) => a.essential - b.essential || compareText(a.from, b.from) || compareText(a.to, b.to));
  for (const link of escoLinks) {
    const count = relatedCount.get(link.from) ?? 0;
    if (count >= MAX_RELATED_PER_SKILL) continue;
    relatedCount.set(link.from, count + 1);
    add(link.from, link.to, 'related');
  }
  return [...byPair.values()].sort(
    (a, b) => compareText(a[0], b[0]) || compareText(a[1], b[1]) || compareText(a[2], b[2]),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Demo source

function demoOccupation(occupation: EscoOccupation, slugByEscoUri: Map<string, string>): DemoOccupation {
  const title = titleCase(occupation.label);
  const slugs = (uris: string[]) =>
    [...new Set(uris.map((uri) => slugByEscoUri.get(uri)).filter((s) => s !== undefined))].sort(compareText);
  const essential = slugs(occupation.essential);
  const essentialSet = new Set(essential);
  // Short alternatives read as job titles; long ones are descriptions ("technician in the maintenance of...").
  const altTitles: string[] = [];
  const seenTitles = new Set([title.toLowerCase()]);
  for (const label of [...occupation.altLabels].sort((a, b) => a.length - b.length || compareText(a, b))) {
    const alt = titleCase(label);
    const plural = alt.toLowerCase() === `${title.toLowerCase()}s`;
    if (alt.length > 40 || altTitles.length === 5 || plural || seenTitles.has(alt.toLowerCase())) continue;
    seenTitles.add(alt.toLowerCase());
    altTitles.push(alt);
  }
  return {
    title,
    altTitles,
    description: collapseSpace(occupation.description),
    isco: occupation.isco,
    essential,
    optional: slugs(occupation.optional).filter((s) => !essentialSet.has(s)),
  };
}

/**
 * NYC tags many postings with several categories run together ("Health Legal Affairs"); the categories that
 * also appear on their own are the vocabulary to split them with.
 */
function nycCategories(jobs: NycJob[]): string[] {
  const single = new Set<string>();
  const values = new Set(jobs.map((j) => j.category).filter((c) => c));
  const splits = (value: string, vocabulary: string[]): string[] | undefined => {
    if (!value) return [];
    for (const category of vocabulary) {
      if (value === category || value.startsWith(`${category} `)) {
        const rest = splits(value.slice(category.length).trim(), vocabulary);
        if (rest) return [category, ...rest];
      }
    }
    return undefined;
  };
  const vocabulary = [...values].sort((a, b) => b.length - a.length || compareText(a, b));
  // A value is a single category when it cannot be split into two or more other values.
  for (const value of vocabulary) {
    const others = vocabulary.filter((v) => v !== value);
    const parts = splits(value, others);
    if (!parts || parts.length < 2) single.add(value);
  }
  return [...single].sort(compareText);
}

const SALARY_PERIODS: Record<string, SalaryBand['period']> = { Annual: 'year', Hourly: 'hour', Daily: 'day' };
/** Plausible posted ranges and how many of each period to keep, in the proportions NYC posts them. */
const SALARY_LIMITS: Record<SalaryBand['period'], { min: number; max: number; step: number; keep: number }> = {
  year: { min: 25_000, max: 250_000, step: 500, keep: 240 },
  hour: { min: 12, max: 150, step: 1, keep: 50 },
  day: { min: 100, max: 1_500, step: 1, keep: 10 },
};

function nycSalaryBands(jobs: NycJob[]): SalaryBand[] {
  const bands = new Map<string, SalaryBand>();
  for (const job of jobs) {
    const period = SALARY_PERIODS[job.frequency];
    if (!period) continue;
    const limits = SALARY_LIMITS[period];
    const min = Math.round(job.salaryFrom / limits.step) * limits.step;
    const max = Math.round(job.salaryTo / limits.step) * limits.step;
    if (!(min >= limits.min && max <= limits.max && max > min)) continue;
    bands.set(`${period}:${min}:${max}`, { min, max, period });
  }
  return (['year', 'hour', 'day'] as const).flatMap((period) => {
    const sorted = [...bands.values()].filter((b) => b.period === period).sort((a, b) => a.min - b.min || a.max - b.max);
    const keep = Math.min(SALARY_LIMITS[period].keep, sorted.length);
    // Evenly spaced through the sorted list, so the sample keeps the spread of the whole.
    return Array.from({ length: keep }, (_, i) => sorted[Math.floor((i * sorted.length) / keep)]).filter(
      (b) => b !== undefined,
    );
  });
}

const NYC_ACRONYMS = new Set(['ADA', 'CEO', 'CFO', 'CIO', 'CTO', 'DOT', 'EEO', 'EMS', 'GIS', 'HR', 'HVAC', 'IT', 'NYC', 'QA']);

function nycBusinessTitles(jobs: NycJob[]): string[] {
  const counts = new Map<string, { title: string; count: number }>();
  for (const job of jobs) {
    // The title without the agency's qualifier ("Analyst, Office of External Affairs"; "Architect - Queens").
    const raw = job.businessTitle.split(/,| [-–] /)[0]?.trim() ?? '';
    // Digits are grades and position counts ("Civil Engineer 2"); "â€" is mis-encoded punctuation in the source.
    if (/\d|â€/.test(raw)) continue;
    // Titles typed in capitals get ordinary capitalisation; acronyms and roman numerals stay upper case.
    const title = /[a-z]/.test(raw) ? raw : titleCase(raw.toLowerCase(), NYC_ACRONYMS);
    if (title.length < 3 || title.length > 60) continue;
    const key = title.toLowerCase();
    const entry = counts.get(key) ?? { title, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || compareText(a.title, b.title))
    .slice(0, 300)
    .map((e) => e.title)
    .sort(compareText);
}

/** The city and state tails NYC appends in many spellings ("Ny Ny", ", N.Y.", "New York N"). */
const NYC_ADDRESS_TAIL =
  /[\s,]+(new york,? n(y|\.y\.)?|n\.? ?y\.?( n\.? ?y\.?)?|nyc|brooklyn,? ?(n ?y)?|queens|bronx|l ?i city( qns)?|lic( ny)?|long is.*|corona( ny)?|woodside( ny)?)$/i;

function nycWorkLocations(jobs: NycJob[]): string[] {
  const counts = new Map<string, number>();
  for (const job of jobs) {
    if (!/^\d/.test(job.workLocation)) continue;
    let address = job.workLocation.split(',')[0] ?? '';
    // "465 Columbus Ave. Valhalla": a town run on after the street, which no cleaning rule can tell apart.
    if (/\. \w/.test(address)) continue;
    for (let previous = ''; previous !== address; ) {
      previous = address;
      address = address.replace(NYC_ADDRESS_TAIL, '').replace(/[\s,.]+$/, '');
    }
    address = titleCase(address.toLowerCase());
    counts.set(address, (counts.get(address) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, count]) => count >= 10)
    .map(([address]) => address)
    .sort(compareText);
}

function buildDemoSource(
  occupations: EscoOccupation[],
  taxonomy: BuiltTaxonomy,
  jobs: NycJob[],
): DemoSourceFile {
  const { slugByEscoUri, slugByName } = taxonomy;
  const techStacks = TECH_STACKS.map((stack) => ({
    ...stack,
    skills: stack.skills.map((name) => {
      const slug = slugByName.get(nameKey(name));
      if (!slug) throw new Error(`Tech stack "${stack.name}": no skill is called "${name}"`);
      return slug;
    }),
  }));
  return {
    version: 1,
    occupations: occupations.map((o) => demoOccupation(o, slugByEscoUri)),
    categories: nycCategories(jobs),
    salaryBands: nycSalaryBands(jobs),
    levels: [...new Set(jobs.map((j) => j.level).filter((l) => l))].sort(compareText),
    workLocations: nycWorkLocations(jobs),
    businessTitles: nycBusinessTitles(jobs),
    cities: CITIES,
    industries: INDUSTRIES,
    techStacks,
    companyNameParts: COMPANY_NAME_PARTS,
    firstNames: [...FIRST_NAMES].sort(compareText),
    lastNames: [...LAST_NAMES].sort(compareText),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Output

/** Minified JSON with one array element per line: compact, yet a changed skill is a one-line diff. */
function formatDataFile(file: object): string {
  const entries = Object.entries(file).map(([key, value]) => {
    const body = Array.isArray(value)
      ? value.length === 0
        ? '[]'
        : `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`
      : JSON.stringify(value);
    return `${JSON.stringify(key)}:${body}`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

function write(url: URL, file: object): void {
  const path = fileURLToPath(url);
  mkdirSync(dirname(path), { recursive: true });
  const text = formatDataFile(file);
  writeFileSync(path, text);
  console.log(`wrote ${path} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
}

function main(): void {
  const esco = loadEsco();
  const occupations = selectOccupations(esco);
  const taxonomy = buildTaxonomy(esco, loadLinguist(), occupations);
  const demoSource = buildDemoSource(occupations, taxonomy, loadNycJobs());
  write(TAXONOMY_FILE_URL, taxonomy.file);
  write(DEMO_SOURCE_FILE_URL, demoSource);
  console.log(
    `${taxonomy.file.skills.length} skills, ${taxonomy.file.relations.length} relations, ` +
      `${demoSource.occupations.length} occupations`,
  );
}

main();
