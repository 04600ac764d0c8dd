// Resume insights: a 0-100 quality score from rules a person can check, each with what was found and, when it
// fails, what to do. The weights add up to 100; partial credit where a rule is partly met. Pure: the parsed
// resume and its document in, the checks out.
import type { ExtractedDocument, InsightCheck, ParsedResume, ResumeInsights } from '../types.ts';

interface Rule {
  id: string;
  weight: number;
  /** 0..1 of the weight earned, and the message (what was found; what to do when not all was earned). */
  judge(parsed: ParsedResume, doc: ExtractedDocument): { share: number; message: string };
}

/** A result a reader can measure: a number, a percentage, money, a multiple. */
export const MEASURABLE = /(\d+(\.\d+)?\s*(%|percent|x\b|k\b|m\b|ms\b|hours?|days?|weeks?|users?|customers?|people|clients?))|[$€£¥]\s?\d|\b\d{2,}\b|\b\d+\s*(\+|plus)\b/i;
/** Openings that say nothing of what was done. */
export const WEAK_OPENING = /^(responsible for|worked on|helped( with)?|assisted( with)?|involved in|duties included|tasks included|participated in)\b/i;

/** A bullet's text without its bullet mark. */
export const stripBullet = (b: string) => b.replace(/^[•\-*▪◦·–]\s*/u, '').trim();

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const RULES: Rule[] = [
  {
    id: 'contact.email',
    weight: 10,
    judge: (p) =>
      p.email ? { share: 1, message: `Contact email found (${p.email.value}).` } : { share: 0, message: 'Contact email missing: add one at the top so recruiters can reach you.' },
  },
  {
    id: 'contact.phone',
    weight: 5,
    judge: (p) => (p.phone ? { share: 1, message: 'Phone number found.' } : { share: 0, message: 'No phone number: add one beside your email.' }),
  },
  {
    id: 'contact.name',
    weight: 5,
    judge: (p) => (p.name ? { share: 1, message: `Name found (${p.name.value}).` } : { share: 0, message: 'Your name could not be found: put it on the first line, on its own.' }),
  },
  {
    id: 'experience.present',
    weight: 15,
    judge: (p) => {
      const n = p.experience.length;
      if (n === 0) return { share: 0, message: 'No work experience found: add an "Experience" section with your positions, newest first.' };
      return { share: 1, message: `${plural(n, 'experience entry', 'experience entries')} found.` };
    },
  },
  {
    id: 'experience.dates',
    weight: 10,
    judge: (p) => {
      const n = p.experience.length;
      if (n === 0) return { share: 0, message: 'No experience entries to date.' };
      const missing = p.experience.filter((e) => !e.value.start).length;
      if (missing === 0) return { share: 1, message: 'Every experience entry has dates.' };
      return { share: (n - missing) / n, message: `Dates missing on ${plural(missing, 'entry', 'entries')}: add a start and end month (or "Present") to each position.` };
    },
  },
  {
    id: 'experience.results',
    weight: 15,
    judge: (p) => {
      const withBullets = p.experience.filter((e) => e.value.bullets.length > 0);
      const n = p.experience.length;
      if (n === 0) return { share: 0, message: 'No experience entries to show results in.' };
      const measured = p.experience.filter((e) => e.value.bullets.some((b) => MEASURABLE.test(b))).length;
      if (measured === n) return { share: 1, message: 'Every experience entry shows a measurable result.' };
      const bare = n - withBullets.length;
      const hint = bare > 0 ? ` (${plural(bare, 'entry has', 'entries have')} no bullet points at all)` : '';
      return {
        share: measured / n,
        message: `${n - measured} of ${plural(n, 'experience entry', 'experience entries')} ${n - measured === 1 ? 'has' : 'have'} no measurable result${hint}: say what changed, with numbers ("cut build time by 40%").`,
      };
    },
  },
  {
    id: 'experience.verbs',
    weight: 5,
    judge: (p) => {
      const bullets = p.experience.flatMap((e) => e.value.bullets);
      if (bullets.length === 0) return { share: 0, message: 'No bullet points describing your work.' };
      const weak = bullets.filter((b) => WEAK_OPENING.test(stripBullet(b))).length;
      if (weak === 0) return { share: 1, message: 'Bullet points open with what you did.' };
      return { share: 1 - weak / bullets.length, message: `${plural(weak, 'bullet opens', 'bullets open')} with "responsible for", "worked on" or similar: start with a verb that says what you did ("built", "led", "reduced").` };
    },
  },
  {
    id: 'skills.section',
    weight: 15,
    judge: (p) => {
      const inSection = p.skills.filter((s) => s.inSkillsSection).length;
      const hasSection = p.sections.some((s) => s.kind === 'skills');
      if (!hasSection) return { share: p.skills.length >= 5 ? 0.4 : 0, message: 'No skills section: add one listing the tools and skills you use, so matching can find them.' };
      if (inSection < 5) return { share: 0.6, message: `Only ${plural(inSection, 'recognised skill')} in the skills section: list at least 5, by their usual names.` };
      return { share: 1, message: `${plural(inSection, 'recognised skill')} in the skills section.` };
    },
  },
  {
    id: 'summary',
    weight: 5,
    judge: (p) => {
      if (!p.summary) return { share: 0, message: 'No summary: two or three lines at the top on what you do and want help recruiters at a glance.' };
      const words = p.summary.value.split(/\s+/).length;
      if (words > 120) return { share: 0.5, message: `The summary is ${words} words long: keep it under 80.` };
      return { share: 1, message: 'Summary found.' };
    },
  },
  {
    id: 'education',
    weight: 5,
    judge: (p) => (p.education.length ? { share: 1, message: `${plural(p.education.length, 'education entry', 'education entries')} found.` } : { share: 0, message: 'No education found: add your degree or training, even if short.' }),
  },
  {
    id: 'links',
    weight: 5,
    judge: (p) =>
      p.links.some((l) => l.value.kind === 'linkedin' || l.value.kind === 'github')
        ? { share: 1, message: 'Professional profile link found.' }
        : { share: 0, message: 'No LinkedIn or GitHub link: add one so recruiters can see more.' },
  },
  {
    id: 'length',
    weight: 5,
    judge: (p, doc) => {
      const years = p.totalYearsExperience?.value ?? 0;
      const fits = doc.pages <= (years >= 10 ? 3 : 2);
      return fits
        ? { share: 1, message: `${plural(doc.pages, 'page')}: a good length.` }
        : { share: 0, message: `${plural(doc.pages, 'page')} for ${years < 1 ? 'less than a year' : plural(Math.round(years), 'year')} of experience: keep it to ${years >= 10 ? 3 : 2} pages.` };
    },
  },
];

/** The score and the checks behind it; suggestions are the failed checks' messages, the most points first. */
export function resumeInsights(parsed: ParsedResume, doc: ExtractedDocument): ResumeInsights {
  const checks: InsightCheck[] = RULES.map((rule) => {
    const { share, message } = rule.judge(parsed, doc);
    const earned = Math.round(rule.weight * Math.max(0, Math.min(1, share)) * 10) / 10;
    return { id: rule.id, passed: earned >= rule.weight, weight: rule.weight, earned, message };
  });
  const score = Math.round(checks.reduce((sum, c) => sum + c.earned, 0));
  const suggestions = checks
    .filter((c) => !c.passed)
    .sort((a, b) => b.weight - b.earned - (a.weight - a.earned))
    .map((c) => c.message);
  return { score, checks, suggestions };
}

/** The rules' weights, for the test that they add up to 100. */
export const INSIGHT_WEIGHTS = Object.fromEntries(RULES.map((r) => [r.id, r.weight]));
