// Which procedures take the id of a resource someone owns, and whether each binds it through an ownership
// factory (procedures.ts). The access test runs this over the whole router: a new procedure that takes such an
// id without a factory, and is not listed as taking a public or admin-wide id, fails it.
import { z } from 'zod';
import type { Meta } from './init.ts';

/** Input keys that name a resource by id: `id`, `jobId`, `applicationId`, ... */
const ID_KEY = /^(id|[a-z][A-Za-z]*Id)$/;

interface ProcedureLike {
  _def: { meta?: Meta; inputs?: unknown[] };
}

/** The top-level keys of a procedure's object inputs that look like ids. */
export function idKeysOf(procedure: ProcedureLike): string[] {
  const keys = new Set<string>();
  for (const input of procedure._def.inputs ?? []) {
    let schema: unknown = input;
    // Unwrap defaults, optionals and refinements down to the object, if there is one.
    for (let depth = 0; depth < 5 && schema instanceof z.ZodType && !(schema instanceof z.ZodObject); depth++) {
      const def = (schema as z.ZodType)._zod.def as { innerType?: unknown; in?: unknown; schema?: unknown };
      schema = def.innerType ?? def.in ?? def.schema;
    }
    if (schema instanceof z.ZodObject) for (const key of Object.keys(schema.shape)) if (ID_KEY.test(key)) keys.add(key);
  }
  return [...keys];
}

/**
 * Procedures that take an id but bind no ownership factory and are not in `exempt` (path -> why the id needs
 * none): each one is an ownership check that is missing or written by hand.
 */
export function unboundOwnership(procedures: Record<string, ProcedureLike>, exempt: Record<string, string>): string[] {
  return Object.entries(procedures)
    .filter(([path, procedure]) => idKeysOf(procedure).length > 0 && !procedure._def.meta?.owns && !(path in exempt))
    .map(([path]) => path);
}
