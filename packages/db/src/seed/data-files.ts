// The committed data files the seeders read (packages/db/data/*.json, made by scripts/generate-data.ts):
// their shapes, and loaders that read each file once, on first use, so importing this module costs nothing.
import { readFileSync } from 'node:fs';
import type { SalaryPeriod, SkillRelationKind } from '@hotgigs/shared';

/** What kind of thing a skill is; `skills.category` holds one of these. */
export const SKILL_CATEGORIES = [
  /** Programming, query, markup and style sheet languages (Linguist's sense of "language"). */
  'programming-language',
  /** Frameworks and libraries: React, Django, pandas. */
  'framework',
  'database',
  /** Cloud providers and their services. */
  'cloud',
  /** Operating systems, runtimes, application servers and hosted products (Salesforce, WordPress). */
  'platform',
  /** Software a person works with: build and CI tools, IDEs, office and project tools. */
  'tool',
  /** Data engineering, analytics and machine learning. */
  'data',
  'design',
  /** Ways of working: Agile, Scrum, DevOps, CI/CD. */
  'methodology',
  /** ESCO knowledge: what someone knows (accounting, marketing principles). */
  'knowledge',
  /** ESCO skills and competences: what someone can do (manage budgets). */
  'skill',
  /** ESCO transversal skills: communication, teamwork, critical thinking. */
  'soft-skill',
  /** Spoken and written human languages. */
  'language',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface TaxonomySkill {
  /** Lowercase, url-safe and unique: how the other files and the database refer to a skill. */
  slug: string;
  /** Unique case-insensitively (the database has a unique index on lower(name)). */
  name: string;
  category: SkillCategory;
  /** The broader skill this one belongs under, by slug. */
  parent: string | null;
  /** Other names people write for this skill; never another skill's name or alias. */
  aliases: string[];
  description: string;
}

export type TaxonomyRelation = [from: string, to: string, kind: SkillRelationKind];

export interface TaxonomyFile {
  version: 1;
  skills: TaxonomySkill[];
  /** `implies`: knowing `from` means knowing `to` (Next.js implies React). `related`: often found together. */
  relations: TaxonomyRelation[];
}

export interface DemoOccupation {
  /** A job title, title-cased from ESCO's preferred label. */
  title: string;
  /** Up to five other titles for the same job. */
  altTitles: string[];
  /** ESCO's description of the occupation, in full. */
  description: string;
  /** The ISCO-08 unit group (four digits). */
  isco: string;
  /** Skills the occupation needs, by taxonomy slug. */
  essential: string[];
  /** Skills that help, by taxonomy slug. */
  optional: string[];
}

export interface SalaryBand {
  min: number;
  max: number;
  period: Extract<SalaryPeriod, 'year' | 'hour' | 'day'>;
}

export interface DemoCity {
  city: string;
  region: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  countryName: string;
  /** ISO 4217: what jobs in this city are paid in. */
  currency: string;
  /** Roughly how a New York salary translates into this city's currency and market; the source bands are NYC's. */
  salaryFactor: number;
}

/** A kind of business a demo company is in: what it hires for and how it describes itself. */
export interface DemoIndustry {
  name: string;
  /** ISCO unit-group prefixes of the occupations it mostly hires for. */
  iscoPrefixes: string[];
  /** Last words of its fictional names ("Labs", "Health"). */
  nameSuffixes: string[];
  /** What such a company does, as the object of "We ..." ("build software for logistics teams"). */
  activities: string[];
}

/** Technologies a tech job asks for together (see scripts/demo-word-lists.ts). */
export interface TechStack {
  name: string;
  /** Lowercase words of the job titles this stack suits; empty for general software development. */
  titleWords: string[];
  /** Taxonomy slugs. */
  skills: string[];
}

export interface DemoSourceFile {
  version: 1;
  occupations: DemoOccupation[];
  /** NYC Jobs' job categories, multi-category values split apart. */
  categories: string[];
  salaryBands: SalaryBand[];
  /** NYC Jobs' civil-service levels, as published. */
  levels: string[];
  /** Street addresses of NYC workplaces. */
  workLocations: string[];
  businessTitles: string[];
  cities: DemoCity[];
  industries: DemoIndustry[];
  techStacks: TechStack[];
  companyNameParts: { first: string[]; second: string[] };
  firstNames: string[];
  lastNames: string[];
}

function jsonFileLoader<T>(url: URL): () => T {
  let cached: T | undefined;
  return () => (cached ??= JSON.parse(readFileSync(url, 'utf8')) as T);
}

export const TAXONOMY_FILE_URL = new URL('../../data/taxonomy.json', import.meta.url);
export const DEMO_SOURCE_FILE_URL = new URL('../../data/demo-source.json', import.meta.url);

/** The skills taxonomy, parsed on first call and shared afterwards: callers must not mutate it. */
export const loadTaxonomyFile: () => TaxonomyFile = jsonFileLoader(TAXONOMY_FILE_URL);

/** The demo seeder's source material, parsed on first call and shared afterwards: callers must not mutate it. */
export const loadDemoSourceFile: () => DemoSourceFile = jsonFileLoader(DEMO_SOURCE_FILE_URL);
