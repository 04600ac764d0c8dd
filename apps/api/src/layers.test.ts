// The API's layers, read off its imports (docs/architecture.md): entries -> http -> trpc -> domains -> platform,
// with no circle. Routers never query the database; services never import the transport. A change that breaks
// a rule fails here with the file and the import that broke it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

interface SourceFile {
  path: string;
  text: string;
  /** Imported specifiers: package names, or src-relative paths of local files. */
  imports: { target: string; typeOnly: boolean }[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

const files: SourceFile[] = sourceFiles(SRC).map((full) => {
  const text = readFileSync(full, 'utf8');
  const imports = [...text.matchAll(IMPORT)].map((m) => {
    const specifier = m[3]!;
    const target = specifier.startsWith('.') ? relative(SRC, resolve(dirname(full), specifier)) : specifier;
    return { target, typeOnly: Boolean(m[2]) };
  });
  return { path: relative(SRC, full), text, imports };
});

const isRouter = (path: string) => /^domains\/[^/]+\/router\.ts$/.test(path);
const layerOf = (path: string) => path.split('/')[0]!;

function violations(check: (file: SourceFile, target: string, typeOnly: boolean) => boolean): string[] {
  return files.flatMap((file) => file.imports.filter((i) => check(file, i.target, i.typeOnly)).map((i) => `${file.path} imports ${i.target}`));
}

describe('the API layers', () => {
  it('read the source: every domain has a router or a service', () => {
    const domains = new Set(files.filter((f) => f.path.startsWith('domains/')).map((f) => f.path.split('/')[1]));
    expect(domains.size).toBeGreaterThanOrEqual(8);
    for (const domain of domains) {
      expect(files.some((f) => f.path === `domains/${domain}/service.ts` || f.path === `domains/${domain}/router.ts`), domain).toBe(true);
    }
  });

  it('have no import cycle', () => {
    const graph = new Map(files.map((f) => [f.path, f.imports.map((i) => i.target).filter((t) => files.some((g) => g.path === t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (path: string, trail: string[]) => {
      if (state.get(path) === 'done') return;
      if (state.get(path) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(path)), path].join(' -> '));
        return;
      }
      state.set(path, 'open');
      for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
      state.set(path, 'done');
    };
    for (const path of graph.keys()) visit(path, []);
    expect(cycles).toEqual([]);
  });

  it('keep services free of the transport (tRPC, Fastify, the request context)', () => {
    const transport = (target: string) => target === 'fastify' || target.startsWith('@trpc/') || target.startsWith('@fastify/');
    expect(
      violations(
        (file, target) =>
          file.path.startsWith('domains/') && !isRouter(file.path) && (transport(target) || ['trpc', 'http'].includes(layerOf(target))),
      ),
    ).toEqual([]);
  });

  it('keep the building blocks below the domains (platform, email, storage, errors, env)', () => {
    const low = (path: string) => ['platform', 'email', 'storage'].includes(layerOf(path)) || ['errors.ts', 'env.ts'].includes(path);
    expect(violations((file, target) => low(file.path) && ['domains', 'trpc', 'http'].includes(layerOf(target)))).toEqual([]);
  });

  it('keep the transports above the domains (domains never import tRPC glue or HTTP routes)', () => {
    expect(violations((file, target) => layerOf(file.path) === 'trpc' && layerOf(target) === 'http' && !target.startsWith('http/request-auth') && !target.startsWith('http/cookies'))).toEqual([]);
    expect(violations((file, target) => layerOf(file.path) === 'http' && ['cli.ts', 'main.ts'].includes(target))).toEqual([]);
  });

  it('let app-services.ts (the process-wide dependencies) import types only', () => {
    expect(violations((file, target, typeOnly) => file.path === 'app-services.ts' && !typeOnly && target.includes('/'))).toEqual([]);
  });

  it('never let a router or an HTTP route query the database', () => {
    const query = /\b(?:db|trx)\s*\.\s*(selectFrom|insertInto|updateTable|deleteFrom|transaction|with|mergeInto|replaceInto)\b|\bsql\s*`/;
    const offenders = files
      .filter((f) => isRouter(f.path) || layerOf(f.path) === 'http' || layerOf(f.path) === 'trpc')
      .filter((f) => query.test(f.text) || f.imports.some((i) => i.target === 'kysely' && !i.typeOnly))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
