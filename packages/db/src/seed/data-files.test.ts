// The committed data files are consistent: every reference resolves, names and aliases are unambiguous, and the
// edges the matcher relies on are there. Regenerate with `pnpm --filter @hotgigs/db generate:data`.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SALARY_PERIODS, SKILL_RELATION_KINDS } from '@hotgigs/shared';
import {
  DEMO_SOURCE_FILE_URL,
  loadDemoSourceFile,
  loadTaxonomyFile,
  SKILL_CATEGORIES,
  TAXONOMY_FILE_URL,
} from './data-files.ts';

const taxonomy = loadTaxonomyFile();
const demo = loadDemoSourceFile();
const bySlug = new Map(taxonomy.skills.map((s) => [s.slug, s]));
const skillWithAlias = (alias: string) => taxonomy.skills.find((s) => s.aliases.some((a) => a.toLowerCase() === alias));
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('taxonomy.json', () => {
  it('has unique, url-safe slugs and names unique regardless of case', () => {
    expect(duplicates(taxonomy.skills.map((s) => s.slug))).toEqual([]);
    expect(taxonomy.skills.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.slug))).toEqual([]);
    expect(duplicates(taxonomy.skills.map((s) => s.name.toLowerCase()))).toEqual([]);
  });

  it('gives every skill a known category and a short description', () => {
    expect(taxonomy.skills.filter((s) => !(SKILL_CATEGORIES as readonly string[]).includes(s.category))).toEqual([]);
    expect(taxonomy.skills.filter((s) => s.description.length > 280)).toEqual([]);
  });

  it('points parents at other existing skills, in chains that end', () => {
    const broken = taxonomy.skills.filter((s) => s.parent !== null && (s.parent === s.slug || !bySlug.has(s.parent)));
    expect(broken).toEqual([]);
    for (const skill of taxonomy.skills) {
      const seen = new Set([skill.slug]);
      for (let parent = skill.parent; parent !== null; parent = bySlug.get(parent)?.parent ?? null) {
        expect(seen.has(parent), `parent cycle through ${skill.slug}`).toBe(false);
        seen.add(parent);
      }
    }
  });

  it('keeps aliases unambiguous: never a skill name, never on two skills, at most 10 of at most 100 characters', () => {
    const names = new Set(taxonomy.skills.map((s) => s.name.toLowerCase()));
    const all = taxonomy.skills.flatMap((s) => s.aliases.map((a) => a.toLowerCase()));
    expect(all.filter((a) => names.has(a))).toEqual([]);
    expect(duplicates(all)).toEqual([]);
    expect(taxonomy.skills.filter((s) => s.aliases.length > 10)).toEqual([]);
    expect(all.filter((a) => a.length > 100 || a !== a.trim() || a === '')).toEqual([]);
  });

  it('links existing skills once per pair, never to themselves', () => {
    const bad = taxonomy.relations.filter(
      ([from, to, kind]) => from === to || !bySlug.has(from) || !bySlug.has(to) || !SKILL_RELATION_KINDS.includes(kind),
    );
    expect(bad).toEqual([]);
    expect(duplicates(taxonomy.relations.map(([from, to]) => [from, to].sort().join(' ')))).toEqual([]);
  });

  it.each([
    ['next-js', 'react'],
    ['react', 'javascript'],
    ['typescript', 'javascript'],
    ['node-js', 'javascript'],
    ['django', 'python'],
    ['spring-boot', 'spring'],
    ['spring', 'java'],
    ['postgresql', 'sql'],
  ])('says %s implies %s', (from, to) => {
    expect(taxonomy.relations).toContainEqual([from, to, 'implies']);
  });

  it.each([
    ['js', 'javascript'],
    ['ts', 'typescript'],
    ['k8s', 'kubernetes'],
    ['postgres', 'postgresql'],
    ['golang', 'go'],
    ['reactjs', 'react'],
    ['nodejs', 'node-js'],
    ['csharp', 'c-sharp'],
  ])('resolves the alias "%s" to %s', (alias, slug) => {
    expect(skillWithAlias(alias)?.slug).toBe(slug);
  });

  it('leaves everyday words out of the aliases', () => {
    expect(['coffee', 'cake', 'progress'].map(skillWithAlias)).toEqual([undefined, undefined, undefined]);
  });

  it('stays compact', () => {
    expect(statSync(TAXONOMY_FILE_URL).size).toBeLessThan(3_000_000);
    expect(taxonomy.skills.length).toBeGreaterThan(5_000);
    expect(taxonomy.skills.length).toBeLessThan(8_000);
  });

  it('is parsed once and shared', () => {
    expect(loadTaxonomyFile()).toBe(taxonomy);
  });
});

describe('demo-source.json', () => {
  it('has 300 to 500 occupations with unique titles, short title lists and skills from the taxonomy', () => {
    expect(demo.occupations.length).toBeGreaterThanOrEqual(300);
    expect(demo.occupations.length).toBeLessThanOrEqual(500);
    expect(duplicates(demo.occupations.map((o) => o.title))).toEqual([]);
    expect(demo.occupations.filter((o) => o.altTitles.length > 5 || !/^\d{4}$/.test(o.isco))).toEqual([]);
    const unknown = demo.occupations.flatMap((o) => [...o.essential, ...o.optional].filter((slug) => !bySlug.has(slug)));
    expect(unknown).toEqual([]);
    expect(demo.occupations.filter((o) => o.essential.length < 5)).toEqual([]);
  });

  it('builds tech stacks from taxonomy skills', () => {
    expect(demo.techStacks.flatMap((t) => t.skills).filter((slug) => !bySlug.has(slug))).toEqual([]);
  });

  it('has salary bands with a real range in a known period', () => {
    expect(demo.salaryBands.length).toBeGreaterThan(200);
    expect(demo.salaryBands.filter((b) => !(b.min < b.max) || !SALARY_PERIODS.includes(b.period))).toEqual([]);
  });

  it('has the lists the seeder draws from', () => {
    expect(demo.cities.filter((c) => !/^[A-Z]{3}$/.test(c.currency) || !/^[A-Z]{2}$/.test(c.country))).toEqual([]);
    expect(demo.cities.length).toBeGreaterThanOrEqual(40);
    expect(demo.firstNames.length).toBeGreaterThanOrEqual(90);
    expect(demo.lastNames.length).toBeGreaterThanOrEqual(90);
    expect(demo.categories).toContain('Technology, Data & Innovation');
    expect(demo.businessTitles.length).toBeGreaterThan(100);
    expect(demo.workLocations.length).toBeGreaterThan(20);
  });

  it('stays compact', () => {
    expect(statSync(DEMO_SOURCE_FILE_URL).size).toBeLessThan(1_500_000);
  });
});
