// Database constraint errors caused by a request come back as client errors with a clear code, not a 500.
import { TRPCError } from '@trpc/server';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@hotgigs/db/test-context';
import { createCallerFactory, router } from '../src/trpc/init.ts';
import { publicProcedure } from '../src/trpc/procedures.ts';
import { servicesFor } from './helpers.ts';

const database = useTestDatabase();

// A throwaway router: the real ones gain writes in later issues, the mapping must already hold.
const probeRouter = router({
  insertCompanyTwice: publicProcedure.mutation(async ({ ctx }) => {
    await ctx.db.insertInto('companies').values({ name: 'Twice', slug: 'twice' }).execute();
    await ctx.db.insertInto('companies').values({ name: 'Twice', slug: 'twice' }).execute();
  }),
  insertOrphanJob: publicProcedure.mutation(async ({ ctx }) => {
    await ctx.db
      .insertInto('jobs')
      .values({ company_id: '00000000-0000-4000-8000-000000000000', title: 'Orphan' })
      .execute();
  }),
  breakACheck: publicProcedure.mutation(async ({ ctx }) => {
    await ctx.db.insertInto('companies').values({ name: '', slug: 'empty' }).execute();
  }),
});

function caller() {
  return createCallerFactory(probeRouter)(
    {
      ...servicesFor(database.current.db),
      log: pino({ level: 'silent' }),
      requestId: 'test',
      ip: undefined,
      userAgent: undefined,
      auth: undefined,
      sameOrigin: true,
      fromThisMachine: false,
      sessionDelivery: 'cookie',
      deviceToken: undefined,
      presentedToken: undefined,
      setHeader: () => {},
    },
  );
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe('database error mapping', () => {
  it.each([
    ['a unique violation', 'insertCompanyTwice', 'CONFLICT'],
    ['a foreign key violation', 'insertOrphanJob', 'BAD_REQUEST'],
    ['a check violation', 'breakACheck', 'BAD_REQUEST'],
  ] as const)('maps %s to %s', async (_what, procedure, code) => {
    expect(await codeOf(caller()[procedure]())).toBe(code);
  });
});
