// Seed data: the skills taxonomy every install needs, and the deterministic demo data set.
export { loadTaxonomy } from './taxonomy.ts';
export { seedDemo } from './demo.ts';
export { loadDemoSourceFile, type DemoCity, type DemoIndustry, type DemoOccupation } from './data-files.ts';
// The demo generator's pieces, for other generated data sets (the matching benchmark's ESCO set) to share.
export { cityLabel, levelFor, pickCity, pickEmployment, pickRemote, REQUIREMENT_WEIGHT, yearsFor } from './demo.ts';
export { candidateHeadline, candidateSummary, jobDescription, jobTitle, type SkillMention } from './demo-text.ts';
export { createRandom, type Random } from './random.ts';
