// The words of the demo data: job titles, job ads, requirements and candidate summaries, written from ESCO's
// occupation descriptions and skills with varied templates. Pure functions of their inputs and the Random.
import { LABELS, type EmploymentType, type ExperienceLevel, type RemoteType } from '@hotgigs/shared';
import type { Random } from './random.ts';

/** A skill as the text needs it: its display name and whether it reads as a task, a field or a technology. */
export interface SkillMention {
  name: string;
  category: string;
}

const SENIORITY_WORDS = /^(junior|senior|lead|principal|head|chief|trainee|graduate|apprentice|assistant)\b/i;
/** Titles that already say "in charge": "Lead Warehouse Manager" reads wrong, "Senior Warehouse Manager" does not. */
const MANAGERIAL_TITLE = /\b(manager|supervisor|coordinator|director|officer|head|chief)\b/i;

/** "Senior Data Analyst": the occupation title with a seniority word for the level, unless it has one. */
export function jobTitle(base: string, level: ExperienceLevel, random: Random): string {
  if (SENIORITY_WORDS.test(base)) return base;
  const managerial = MANAGERIAL_TITLE.test(base);
  switch (level) {
    case 'entry':
      return managerial ? `Assistant ${base}` : `${random.pick(['Junior', 'Entry-Level', 'Trainee'])} ${base}`;
    case 'junior':
      return managerial ? `Assistant ${base}` : `Junior ${base}`;
    case 'senior':
      return `Senior ${base}`;
    case 'lead':
      return managerial ? `Senior ${base}` : `${random.pick(['Lead', 'Principal'])} ${base}`;
    case 'mid':
    case 'executive':
      return base;
  }
}

/** ESCO names tasks as lower-case verb phrases ("analyse software specifications"); a sentence starts upper case. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A title or name inside a sentence: "Software and IT Services" -> "software and IT services" (acronyms kept). */
function inSentence(text: string): string {
  return text.replace(/\b([A-Z])([a-z]+)/g, (_, first: string, rest: string) => first.toLowerCase() + rest);
}

/** "an Accountant", "a User Interface Designer": the indefinite article by the usual spelling rules of thumb. */
function withArticle(text: string): string {
  const vowelSound = /^[aeio]|^u(?!ni|s[eu])|^hour/i.test(text);
  return `${vowelSound ? 'an' : 'a'} ${text}`;
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function bullets(lines: readonly string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

/** Text inside HTML: the three characters that could start markup or an entity. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlParagraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

/** A heading and its bullet list, in the HTML subset job descriptions allow. */
function htmlSection(heading: string, items: readonly string[]): string {
  return `<h3>${escapeHtml(heading)}</h3>\n<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
}

/** Technologies read as "experience with X", ESCO knowledge as "knowledge of X", ESCO tasks as tasks. */
function isTask(skill: SkillMention): boolean {
  return skill.category === 'skill' || skill.category === 'soft-skill';
}

function isKnowledge(skill: SkillMention): boolean {
  return skill.category === 'knowledge' || skill.category === 'language';
}

export interface JobAdInput {
  title: string;
  company: string;
  industry: string;
  /** What the company does, as the object of "We ...". */
  activity: string;
  /** "Berlin, Germany". */
  location: string;
  remote: RemoteType;
  employmentType: EmploymentType;
  occupationDescription: string;
  /** Tasks from the occupation's skills: the bullets of "What you will do". */
  tasks: string[];
  /** Shift work (hospitality, care, trades, hourly pay) gets different perks. */
  shiftWork: boolean;
}

const TEAM_WORDS = ['team', 'crew', 'group', 'department'];

const SALARIED_PERKS = [
  'A competitive salary with an annual bonus',
  'Generous paid time off, plus your birthday',
  'Health, dental and vision cover for you and your family',
  'A yearly learning budget for courses, books and conferences',
  'Flexible working hours',
  'Paid parental leave',
  'A pension plan with employer contributions',
  'The equipment you need, chosen by you',
  'Regular team days and a yearly get-together',
  'A clear progression path with twice-yearly reviews',
];
const SHIFT_PERKS = [
  'Paid training from day one',
  'Predictable rotas, published four weeks ahead',
  'Overtime paid at time and a half',
  'Staff discounts and a free meal on every shift',
  'Paid holidays that grow with your time with us',
  'Uniform and safety equipment provided',
  'A clear path to supervisor roles',
];
const REMOTE_PERKS = ['A home-office allowance', 'Co-working space membership wherever you live', 'Fully remote onboarding'];

/**
 * A job ad as the HTML subset job descriptions are stored in (paragraphs, headed bullet lists), blocks separated
 * by a blank line.
 */
export function jobDescription(input: JobAdInput, random: Random): string {
  const { title, company, industry, activity, location, remote } = input;
  const employment = LABELS.employmentType[input.employmentType].toLowerCase();
  const where =
    remote === 'remote'
      ? random.pick(['from anywhere in our time zones', 'remotely', 'from home, with occasional meet-ups'])
      : remote === 'hybrid'
        ? random.pick([`from our ${location} office two or three days a week`, `in a hybrid set-up around ${location}`])
        : `on site in ${location}`;
  const intro = random.pick([
    `${company} is ${withArticle(inSentence(industry))} company. We ${activity}.`,
    `At ${company}, we ${activity}. We are growing, and we are hiring.`,
    `We are ${company}: we ${activity}, and we care about doing it well.`,
    `${company} works in ${inSentence(industry)}. Every day, we ${activity}.`,
  ]);
  const role = random.pick([
    `We are looking for ${withArticle(title)} to join our ${random.pick(TEAM_WORDS)}, working ${where}. This is ${withArticle(employment)} position.`,
    `As our new ${title}, you will work ${where}. The position is ${employment}.`,
    `We are hiring ${withArticle(title)} (${employment}), working ${where}.`,
  ]);
  const blocks = [htmlParagraph(intro), htmlParagraph(`${role} ${input.occupationDescription}`)];
  if (input.tasks.length > 0) {
    blocks.push(htmlSection(random.pick(['What you will do', 'Your responsibilities', 'Your day to day']), input.tasks.map(sentenceCase)));
  }
  const perks = random.sample(input.shiftWork ? SHIFT_PERKS : SALARIED_PERKS, random.int(3, 5));
  if (remote !== 'onsite') perks.push(random.pick(REMOTE_PERKS));
  blocks.push(htmlSection(random.pick(['What we offer', 'Why join us', 'What you get']), perks));
  if (random.chance(0.6)) {
    blocks.push(
      htmlParagraph(
        random.pick([
          'Send us your CV and a few lines on why this role interests you. We reply to every application.',
          'We review applications as they arrive and may close the role early, so do not wait too long.',
          `${company} welcomes applicants of every background. Tell us if you need any adjustments during the process.`,
          'Not sure you tick every box? Apply anyway: we hire for potential as much as for experience.',
        ]),
      ),
    );
  }
  return blocks.join('\n\n');
}

export interface RequirementsInput {
  /** The occupation, as "experience as a ..." reads it. */
  occupation: string;
  years: number;
  required: SkillMention[];
  preferred: SkillMention[];
  niceToHave: SkillMention[];
}

export function jobRequirements(input: RequirementsInput, random: Random): string {
  const lines: string[] = [];
  const occupation = inSentence(input.occupation);
  lines.push(
    input.years === 0
      ? random.pick([`No previous experience as ${withArticle(occupation)} needed: we will train you`, 'A first job or internship in a similar role is welcome, but not required'])
      : `${input.years}+ years of experience as ${withArticle(occupation)} or in a similar role`,
  );
  const technologies = input.required.filter((s) => !isTask(s) && !isKnowledge(s)).map((s) => s.name);
  const knowledge = input.required.filter(isKnowledge).map((s) => s.name);
  if (technologies.length > 0) lines.push(`${random.pick(['Solid experience with', 'Hands-on experience with', 'Strong skills in'])} ${listing(technologies)}`);
  if (knowledge.length > 0) lines.push(`${random.pick(['Good knowledge of', 'A sound understanding of', 'Working knowledge of'])} ${listing(knowledge)}`);
  for (const task of input.required.filter(isTask)) lines.push(`Able to ${task.name}`);
  // Technologies and fields read as "experience with X"; tasks as what the person can do.
  const fields = (skills: SkillMention[]) => listing(skills.filter((s) => !isTask(s)).map((s) => s.name));
  const tasks = (skills: SkillMention[]) => listing(skills.filter(isTask).map((s) => s.name));
  if (fields(input.preferred)) lines.push(`${random.pick(['Experience with', 'Familiarity with'])} ${fields(input.preferred)} is a plus`);
  if (tasks(input.preferred)) lines.push(`Ideally, you can also ${tasks(input.preferred)}`);
  if (fields(input.niceToHave)) lines.push(`Nice to have: ${fields(input.niceToHave)}`);
  if (tasks(input.niceToHave)) lines.push(`A bonus if you can ${tasks(input.niceToHave)}`);
  return bullets(lines);
}

export function recruiterBio(company: string, industry: string): string {
  return `Talent partner at ${company}, hiring across ${inSentence(industry)}.`;
}

export interface CandidateProfileInput {
  title: string;
  years: number;
  industry: string;
  /** Best first. */
  skills: SkillMention[];
  city: string;
}

export function candidateHeadline(input: CandidateProfileInput): string {
  const named = input.skills.filter((s) => !isTask(s)).slice(0, 3);
  return named.length > 0 ? `${input.title} · ${named.map((s) => s.name).join(', ')}` : input.title;
}

export function candidateSummary(input: CandidateProfileInput, random: Random): string {
  const experience = input.years === 0 ? 'starting out' : `with ${input.years} year${input.years === 1 ? '' : 's'} of experience`;
  const opening = random.pick([
    `${input.title} ${experience}, most recently in ${inSentence(input.industry)}.`,
    `I am ${withArticle(inSentence(input.title))} ${experience}, based in ${input.city}.`,
    `${input.title} ${experience}. I like work that makes a visible difference.`,
  ]);
  const named = input.skills.filter((s) => !isTask(s)).slice(0, 4).map((s) => s.name);
  const tasks = input.skills.filter(isTask).slice(0, 3).map((s) => s.name);
  const strengths = [
    named.length > 0 ? ` Strongest in ${listing(named)}.` : '',
    tasks.length > 0 ? ` I ${listing(tasks)}.` : '',
  ].join('');
  const goal = random.pick([
    ' Looking for a team where I can keep learning.',
    ' Open to new opportunities.',
    ' Interested in roles with more ownership.',
    '',
  ]);
  return `${opening}${strengths}${goal}`;
}
