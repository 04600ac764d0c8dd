// Arrow-key movement through a row of options (a combobox's suggestions, a toolbar's buttons), as the WAI-ARIA
// patterns describe it: wrapping at the ends, Home and End to the first and last.

export type OptionMove = 'next' | 'previous' | 'first' | 'last';

/** The keys each pattern listens to, as moves; other keys are not navigation. */
export const VERTICAL_KEYS: Partial<Record<string, OptionMove>> = { ArrowDown: 'next', ArrowUp: 'previous', Home: 'first', End: 'last' };
export const HORIZONTAL_KEYS: Partial<Record<string, OptionMove>> = { ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' };

/**
 * The option to make active after `move`, from `current` (-1 when none is): down from nothing is the first,
 * up from nothing the last. -1 when there are no options.
 */
export function moveOption(current: number, count: number, move: OptionMove): number {
  if (count <= 0) return -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return current < 0 || current >= count - 1 ? 0 : current + 1;
    case 'previous':
      return current <= 0 || current >= count ? count - 1 : current - 1;
  }
}
