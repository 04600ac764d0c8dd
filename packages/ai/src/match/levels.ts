// Level words: how senior a job is, not what it is. "Senior Dietician" is a dietician and "Junior Orthoptist" an
// orthoptist, so the match score compares titles without them, and search ranks "Senior Accountant" as the title
// asked for by "accountant" (apps/api/src/domains/search). One list for both.
//
// Only words that leave the occupation as it is: "Chief Executive Officer", "Head Chef", "Assistant Manager" and
// "Nurse Assistant" are jobs of their own, so chief, head and assistant are not level words here.

/** Level words a title may start with: "Senior", "Sr.", "Lead", "Entry-Level" (written with a hyphen or a space). */
export const TITLE_LEVEL_WORDS = [
  'senior',
  'sr',
  'junior',
  'jr',
  'trainee',
  'graduate',
  'apprentice',
  'intern',
  'entry-level',
  'mid-level',
  'lead',
  'principal',
  'staff',
] as const;

/** Grades a title may end with: "Engineer II". */
export const TITLE_GRADES = ['i', 'ii', 'iii', 'iv'] as const;

/**
 * Level words that say nothing of the job wherever they stand ("Accountant, Senior"), so two titles sharing only
 * them are not alike. Lead, principal and staff are level words in front only: "Team Lead", "School Principal",
 * "Support Staff".
 */
const ANYWHERE = new Set(['senior', 'sr', 'junior', 'jr', 'trainee', 'entry-level', 'mid-level']);
const LEADING = new Set<string>(TITLE_LEVEL_WORDS);
const GRADES = new Set<string>(TITLE_GRADES);

/** A title's words, lower case, punctuation out (a hyphenated level word kept whole: "entry-level"). */
function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/\b(entry|mid)[\s-]+level\b/gu, '$1-level')
    .split(/[^\p{L}\p{N}+#-]+/u)
    .flatMap((word) => (/^(entry|mid)-level$/u.test(word) ? [word] : word.split('-')))
    .filter(Boolean);
}

/**
 * The title without its level: leading level words, trailing grades and level words anywhere that are only
 * levels ("Sr. Software Engineer II" -> "software engineer"). A title that is nothing but level words
 * ("Principal", a head teacher) is kept as it is.
 */
export function stripTitleLevel(title: string): string {
  const words = titleWords(title);
  let start = 0;
  let end = words.length;
  while (start < end && LEADING.has(words[start]!)) start++;
  while (end > start && GRADES.has(words[end - 1]!)) end--;
  const core = words.slice(start, end).filter((word) => !ANYWHERE.has(word));
  return (core.length > 0 ? core : words).join(' ');
}

/** Whether a word (lower case) is a level word wherever it stands. */
export function isLevelWord(word: string): boolean {
  return ANYWHERE.has(word);
}
