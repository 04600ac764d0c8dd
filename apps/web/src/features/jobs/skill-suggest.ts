// When the skill combobox offers to add what was typed as a new skill, and what it says when that fails.
import { describeApiError, explainApiError } from '../../lib/api-error.ts';

/** The longest name skill.suggest accepts (the search box has the same limit). */
export const MAX_SKILL_NAME = 100;

/** Whether to offer "Add “text” as a new skill": something typed, and no result with that exact name. */
export function offersNewSkill(text: string, names: readonly string[]): boolean {
  const typed = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!typed || typed.length > MAX_SKILL_NAME) return false;
  return !names.some((name) => name.trim().replace(/\s+/g, ' ').toLowerCase() === typed);
}

/** The sentence to show when skill.suggest fails: the field's own message first, then the server's. */
export function suggestErrorText(error: unknown): string {
  const info = describeApiError(error);
  const field = info.fieldErrors.name?.[0];
  if (field) return field;
  if (info.httpStatus === 429) return 'You have added many new skills in the last hour. Try again later, or pick an existing skill.';
  return explainApiError(info);
}
