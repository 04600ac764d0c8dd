// @hotgigs/api as other code in the monorepo uses it (the web app's types, tools, tests): the router, a caller
// factory for calling procedures in process, the HTTP app and the server. The entries are cli.ts (the
// `hotgigs` command) and main.ts (the server process it starts).
export { appRouter, type AppRouter } from './trpc/router.ts';
export { createCallerFactory } from './trpc/init.ts';
export type { Context } from './trpc/context.ts';
export type { AppServices } from './app-services.ts';
export { buildServer, MAX_BATCH_SIZE } from './http/server.ts';
export { startServer } from './main.ts';
export { loadEnv, type Env } from './env.ts';
