export * from './admin.ts';
export * from './auth.ts';
export * from './company.ts';
export * from './job-editor.ts';
export * from './jobs.ts';
export * from './search.ts';
export * from './saved-jobs.ts';
export * from './alerts.ts';
