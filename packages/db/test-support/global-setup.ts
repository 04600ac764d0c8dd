// Vitest globalSetup for database tests: one migrated template (with the skills taxonomy) per run.
import type { TestProject } from 'vitest/node';
import { loadTaxonomy } from '../src/seed/index.ts';
import { createTestTemplate, dropTestTemplate } from './testing.ts';
// The ProvidedContext typing of dbTemplate lives with its consumer.
import type {} from './test-context.ts';

export default async function setup(project: TestProject) {
  const template = await createTestTemplate(async (db) => {
    await loadTaxonomy(db);
  });
  project.provide('dbTemplate', template);
  return () => dropTestTemplate(template);
}
