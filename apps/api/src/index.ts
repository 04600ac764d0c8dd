// @hotgigs/api for other code in the monorepo: the router, a caller factory for tools and tests, and its type.
export { appRouter, type AppRouter } from './routers/index.ts';
export { createCallerFactory } from './trpc.ts';
export { createContextInner, type Context } from './context.ts';
export { buildServer, MAX_BATCH_SIZE } from './server.ts';
export { startServer } from './main.ts';
export { loadEnv, type Env } from './env.ts';
