// Every procedure declares who may call it; a new one without a policy fails here before it ships.
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/trpc/router.ts';
import type { Meta } from '../src/trpc/init.ts';

describe('access policies', () => {
  it('are declared on every procedure', () => {
    const procedures = Object.entries(appRouter._def.procedures) as unknown as [string, { _def: { meta?: Meta } }][];
    expect(procedures.length).toBeGreaterThan(0);
    const missing = procedures.filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(missing).toEqual([]);
  });
});
