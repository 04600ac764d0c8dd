// Seed data: the skills taxonomy every install needs, and the deterministic demo data set.
export { loadTaxonomy } from './taxonomy.ts';
export { seedDemo } from './demo.ts';
export { loadDemoSourceFile } from './data-files.ts';
