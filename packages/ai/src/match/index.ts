// Matching (docs/matching.md): the explained 0-100 score of a candidate against a job, both ways.
export { createSkillGraph, expandCandidateSkills, type SkillGraph, type HeldSkill, type StatedSkill } from './graph.ts';
export {
  createMatchContext,
  prepareCandidate,
  prepareJob,
  scoreMatch,
  missingForMatch,
  rankJobsForCandidate,
  rankCandidatesForJob,
  NOT_ENOUGH_DATA_MESSAGE,
  type MatchCandidate,
  type MatchJob,
  type MatchJobSkill,
  type MatchContext,
  type MatchCriterion,
  type MatchedSkill,
  type MatchResult,
  type MatchScored,
  type MatchNotScored,
  type PreparedCandidate,
  type PreparedJob,
  type Ranked,
  type Salary,
} from './score.ts';
export { DEFAULT_MATCH_WEIGHTS, type MatchWeights, type CriterionKey } from './weights.ts';
export { terms as matchTerms, type DocumentFrequencies } from './text.ts';
export { TITLE_LEVEL_WORDS, TITLE_GRADES, stripTitleLevel } from './levels.ts';
