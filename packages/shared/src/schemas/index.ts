export * from './admin.ts';
export * from './auth.ts';
export * from './jobs.ts';
