// `hotgigs`, the command-line entry: serve the portal, manage migrations, seed data, create an admin, call a
// procedure in process (trpc/system.ts).
// Exit codes: 0 ok, 1 failure, 2 bad usage/config.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { emailInput } from '@hotgigs/shared';
import pino from 'pino';
import { migrateDown, MigrationError, migrateToLatest, migrationStatus } from '@hotgigs/db';
import { loadTaxonomy, seedDemo } from '@hotgigs/db/seed';
import { DataDirInUseError } from './data-dir-lock.ts';
import { DomainError, ERROR_CODE } from './errors.ts';
import { describeDatabaseError, openDatabase } from './database.ts';
import { createAdmin } from './domains/admin/service.ts';
import { passwordProblem } from './domains/accounts/passwords.ts';
import { ConfigError, loadEnv, type Env } from './env.ts';
import { processServices, startServer } from './main.ts';
import { appRouter } from './trpc/router.ts';
import { systemCaller } from './trpc/system.ts';

const USAGE = `Usage: hotgigs <command>

Commands:
  serve                      start the portal (API + web app)
  migrate up|down|status     apply all pending migrations, revert the latest one, or list them
  seed --demo [--jobs N]     load the taxonomy and deterministic demo data (N jobs, default 2000)
  create-admin --email E     create an administrator; the password is read from standard input
                             (there is never a default admin account)
  call PROCEDURE [--as USER] [--input JSON]
                             call a procedure in process and print its answer as JSON, as nobody or as
                             USER (an email or id): that user's access rules apply, e.g.
                             hotgigs call admin.users.list --as admin@example.com --input '{"page":1}'

Configuration comes from environment variables; see the README.`;

class UsageError extends Error {}
/** A procedure's refusal (FORBIDDEN, BAD_REQUEST...): said plainly, exit code 1. */
class CallError extends Error {}

/** A refusal as one line: the message, and each field's problem for bad input. */
function describeCallError(error: TRPCError | DomainError): string {
  const cause = error instanceof TRPCError ? error.cause : undefined;
  if (cause instanceof z.ZodError) return cause.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
  return error.message;
}

/** A password from standard input: typed at a prompt (not echoed) or piped in by a script. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let data = '';
    for await (const chunk of input) data += String(chunk);
    return data.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input, output: process.stdout, terminal: true });
  const write = (rl as unknown as { _writeToOutput: (s: string) => void });
  process.stdout.write(prompt);
  write._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

async function withDatabase<T>(env: Env, command: string, work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase(env, command);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return;
  }
  const env = loadEnv();
  switch (command) {
    case 'serve':
      await startServer(env);
      return;
    case 'migrate': {
      const direction = rest[0];
      await withDatabase(env, `migrate ${direction ?? ''}`.trim(), async ({ db }) => {
        if (direction === 'up') {
          const applied = await migrateToLatest(db);
          console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
        } else if (direction === 'down') {
          const reverted = await migrateDown(db);
          console.log(reverted.length ? `Reverted: ${reverted.join(', ')}` : 'Nothing to revert.');
        } else if (direction === 'status') {
          for (const m of await migrationStatus(db)) {
            console.log(`${m.executedAt ? 'applied' : 'pending'}  ${m.name}${m.executedAt ? `  ${m.executedAt.toISOString()}` : ''}`);
          }
        } else {
          throw new UsageError('migrate takes one of: up, down, status');
        }
      });
      return;
    }
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: { demo: { type: 'boolean' }, jobs: { type: 'string' }, seed: { type: 'string' } },
        strict: true,
      });
      if (!values.demo) throw new UsageError('seed needs --demo (the only data set there is)');
      const jobs = values.jobs === undefined ? 2000 : Number(values.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 1_000_000) {
        throw new UsageError('--jobs must be a whole number from 1 to 1000000');
      }
      const seed = values.seed === undefined ? undefined : Number(values.seed);
      if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
      await withDatabase(env, 'seed', async ({ db }) => {
        await migrateToLatest(db);
        await loadTaxonomy(db, { onlyIfEmpty: true });
        const started = Date.now();
        const result = await seedDemo(db, { jobs, ...(seed === undefined ? {} : { seed }), log: (message: string) => console.log(message) });
        console.log(`Seeded ${JSON.stringify(result)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      });
      return;
    }
    case 'create-admin': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } }, strict: true });
      const email = emailInput.safeParse(values.email ?? '');
      if (!email.success) throw new UsageError('create-admin needs --email with a valid address');
      const password = await readPassword(`Password for ${email.data} (8-128 characters): `);
      const problem = passwordProblem(password, { email: email.data });
      if (problem) throw new UsageError(`password refused: ${problem}`);
      await withDatabase(env, 'create-admin', async ({ db }) => {
        await migrateToLatest(db);
        const created = await createAdmin(db, email.data, password, new Date());
        if (!created) throw new UsageError(`${email.data} already has an account; change its role from the admin screens instead`);
        console.log(`Created admin ${email.data}. Sign in and turn on two-factor authentication: admin screens require it.`);
      });
      return;
    }
    case 'call': {
      const { values, positionals } = parseArgs({ args: rest, options: { as: { type: 'string' }, input: { type: 'string' } }, strict: true, allowPositionals: true });
      const path = positionals[0];
      if (!path || positionals.length > 1 || !/^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(path)) throw new UsageError('call needs one procedure path, like job.search');
      let input: unknown;
      try {
        input = values.input === undefined ? undefined : JSON.parse(values.input);
      } catch {
        throw new UsageError('--input must be JSON, like \'{"page":1}\'');
      }
      await withDatabase(env, 'call', async ({ db }) => {
        await migrateToLatest(db);
        const services = processServices(env, db, pino({ level: 'silent' }));
        try {
          const caller = await systemCaller(services, { actAs: values.as, tool: 'hotgigs call' });
          if (!(path in appRouter._def.procedures)) throw new UsageError(`there is no procedure ${path}`);
          const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
          const answer = await (procedure as (input: unknown) => Promise<unknown>)(input);
          console.log(JSON.stringify(answer, null, 2));
        } catch (error) {
          if (error instanceof TRPCError || error instanceof DomainError) throw new CallError(`${error instanceof TRPCError ? error.code : ERROR_CODE[error.kind].code}: ${describeCallError(error)}`);
          throw error;
        } finally {
          await services.mailer.close();
        }
      });
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(`hotgigs: ${error.message}`);
    if (error instanceof UsageError) console.error(`\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof DataDirInUseError || error instanceof CallError) {
    console.error(`hotgigs: ${error.message}`);
    process.exit(1);
  }
  const cause = error instanceof MigrationError ? error.cause : error;
  const databaseProblem = describeDatabaseError(cause, loadEnv());
  if (databaseProblem) {
    console.error(`hotgigs: ${databaseProblem}`);
    process.exit(1);
  }
  pino().fatal({ err: error }, 'hotgigs failed');
  console.error(`hotgigs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
