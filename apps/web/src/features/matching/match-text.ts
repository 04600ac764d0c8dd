// How a match reads: the band a score falls in, the criteria's names, and a report written to the candidate
// ("your titles") as a company reads it ("their titles").

export type MatchBand = 'strong' | 'good' | 'fair' | 'weak';

export function matchBand(score: number): MatchBand {
  if (score >= 75) return 'strong';
  if (score >= 55) return 'good';
  if (score >= 35) return 'fair';
  return 'weak';
}

export const BAND_LABELS: Record<MatchBand, string> = { strong: 'Strong match', good: 'Good match', fair: 'Fair match', weak: 'Weak match' };

export const CRITERION_LABELS: Record<string, string> = {
  skills: 'Skills',
  experience: 'Experience',
  title: 'Job title',
  location: 'Location and remote',
  salary: 'Salary',
  text: 'Profile and description',
};

const THIRD_PERSON: [RegExp, string][] = [
  [/\bYou have\b/g, 'They have'],
  [/\byou have\b/g, 'they have'],
  [/\bYou prefer\b/g, 'They prefer'],
  [/\byou prefer\b/g, 'they prefer'],
  [/\bwhere you are\b/g, 'where they are'],
  [/\bYour\b/g, 'Their'],
  [/\byour\b/g, 'their'],
];

/** A report's sentence for the company: the candidate in the third person. */
export function forCompany(text: string): string {
  return THIRD_PERSON.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
