// How complete a profile is, as the meter shows it: the percentage, a word for it, and the missing parts that
// matter most for matching first. The API computes the completeness (profile.get); this only orders and words it.

export interface CompletenessPart {
  /** The part of the profile: "skills", "experience", "headline" ... */
  part: string;
  /** Points this part is worth out of 100. */
  weight: number;
  done: boolean;
}

export interface CompletenessInput {
  /** 0-100. */
  score: number;
  parts: readonly CompletenessPart[];
}

const PART_LABELS: Record<string, string> = {
  name: 'Your name',
  firstName: 'Your name',
  headline: 'A headline',
  summary: 'A summary',
  phone: 'A phone number',
  location: 'Your location',
  skills: 'Skills',
  experience: 'Work experience',
  education: 'Education',
  languages: 'Languages',
  certifications: 'Certifications',
  links: 'Links',
  salary: 'Salary expectation',
  salaryMin: 'Salary expectation',
  availability: 'Availability',
  yearsExperience: 'Years of experience',
  remotePreference: 'Remote preference',
  resume: 'A resume',
};

/** "Work experience" for "experience"; an unknown part's name in words ("someNewPart" -> "Some new part"). */
export function partLabel(part: string): string {
  const known = PART_LABELS[part];
  if (known) return known;
  const words = part.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type CompletenessTone = 'low' | 'medium' | 'high';

export interface CompletenessView {
  percent: number;
  tone: CompletenessTone;
  /** "Just started", "Halfway there", "Almost complete", "Complete". */
  summary: string;
  /** What is missing, the parts worth most first (ties in the API's order). */
  missing: { part: string; label: string; weight: number }[];
}

export function completenessView({ score, parts }: CompletenessInput): CompletenessView {
  const percent = Math.max(0, Math.min(100, Math.round(Number.isFinite(score) ? score : 0)));
  const tone: CompletenessTone = percent >= 80 ? 'high' : percent >= 40 ? 'medium' : 'low';
  const summary = percent >= 100 ? 'Complete' : percent >= 80 ? 'Almost complete' : percent >= 40 ? 'Halfway there' : 'Just started';
  const seen = new Set<string>();
  const missing = parts
    .map((part, order) => ({ ...part, order }))
    .filter((part) => !part.done)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ part, weight }) => ({ part, label: partLabel(part), weight }))
    // Two parts worded alike ("firstName" and "name") are listed once.
    .filter((item) => !seen.has(item.label) && seen.add(item.label));
  return { percent, tone, summary, missing };
}
