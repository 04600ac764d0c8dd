// How money, ages and dates read on the portal. Pure functions: the clock and the locale are parameters.
import { LABELS, type SalaryPeriod } from '@hotgigs/shared';

export const DEFAULT_LOCALE = 'en-US';

export interface Salary {
  min: number | null;
  max: number | null;
  /** ISO 4217 code, e.g. USD. */
  currency: string;
  period: SalaryPeriod;
}

export interface FormatSalaryOptions {
  locale?: string;
  /** `compact` for cards ("USD 90K–120K / year"), `full` for a job's page ("USD 90,000–120,000 per year"). */
  style?: 'compact' | 'full';
}

type AmountFormatter = Pick<Intl.NumberFormat, 'format' | 'formatToParts'>;

function amountFormatter(currency: string, locale: string, compact: boolean): AmountFormatter {
  const options: Intl.NumberFormatOptions = {
    currencyDisplay: 'code',
    minimumFractionDigits: 0,
    maximumFractionDigits: compact ? 1 : 0,
    ...(compact ? { notation: 'compact' } : {}),
  };
  try {
    return new Intl.NumberFormat(locale, { ...options, style: 'currency', currency });
  } catch {
    // A malformed currency code must not take the page down: show the number and the code as given.
    const plain = new Intl.NumberFormat(locale, { ...options, style: 'decimal' });
    const parts = (value: number): Intl.NumberFormatPart[] => [
      { type: 'currency', value: currency },
      { type: 'literal', value: '\u00a0' },
      ...plain.formatToParts(value),
    ];
    return {
      format: (value: number) => parts(value).map((part) => part.value).join(''),
      formatToParts: parts,
    };
  }
}

/** The parts of a formatted amount without its currency, e.g. "120K" out of "USD 120K". */
function withoutCurrency(parts: Intl.NumberFormatPart[]): string {
  return parts
    .filter((part) => part.type !== 'currency')
    .map((part) => part.value)
    .join('')
    .trim();
}

/**
 * A salary as people read it, or null when the job gives no figures.
 * A range names its currency once, on the side the locale puts it ("USD 90K–120K", "90–120 K USD"). Code
 * and number stay joined by Intl's no-break space, so "USD" never wraps away from its amount.
 */
export function formatSalary(salary: Salary | null, options: FormatSalaryOptions = {}): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const { locale = DEFAULT_LOCALE, style = 'compact' } = options;
  const compact = style === 'compact';
  const formatter = amountFormatter(salary.currency, locale, compact);
  const period = compact ? ` / ${salary.period}` : ` ${LABELS.salaryPeriod[salary.period]}`;
  const { min, max } = salary;

  let amount: string;
  if (min !== null && max !== null && min !== max) {
    const low = formatter.formatToParts(Math.min(min, max));
    const high = formatter.formatToParts(Math.max(min, max));
    const currencyFirst = low.findIndex((part) => part.type === 'currency') === 0;
    amount = currencyFirst
      ? `${low.map((part) => part.value).join('')}–${withoutCurrency(high)}`
      : `${withoutCurrency(low)}–${high.map((part) => part.value).join('')}`;
  } else if (min !== null && max !== null) {
    amount = formatter.format(min);
  } else if (min !== null) {
    amount = `From ${formatter.format(min)}`;
  } else {
    amount = `Up to ${formatter.format(max as number)}`;
  }
  return `${amount}${period}`;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/**
 * How long ago a job was posted: "now", "5 minutes ago", "yesterday", "3 days ago", "last week", "2 months ago".
 * Counts elapsed time, so the answer does not depend on the reader's time zone. A date in the future (a
 * skewed clock) reads as "now".
 */
export function formatPostedAge(postedAt: Date, now: Date, locale: string = DEFAULT_LOCALE): string {
  const elapsed = Math.max(0, now.getTime() - postedAt.getTime());
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const ago = (value: number, unit: Intl.RelativeTimeFormatUnit) => relative.format(-value, unit);
  if (elapsed < MINUTE) return relative.format(0, 'second');
  if (elapsed < HOUR) return ago(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return ago(Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < WEEK) return ago(Math.floor(elapsed / DAY), 'day');
  if (elapsed < MONTH) return ago(Math.floor(elapsed / WEEK), 'week');
  if (elapsed < YEAR) return ago(Math.floor(elapsed / MONTH), 'month');
  return ago(Math.floor(elapsed / YEAR), 'year');
}

/** A calendar date such as "Mar 12, 2026"; `timeZone` is the reader's unless given (tests pass one). */
export function formatCalendarDate(date: Date, locale: string = DEFAULT_LOCALE, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** "1 open job", "1,204 open jobs". */
export function formatCount(count: number, singular: string, plural: string, locale: string = DEFAULT_LOCALE): string {
  const noun = new Intl.PluralRules(locale).select(count) === 'one' ? singular : plural;
  return `${new Intl.NumberFormat(locale).format(count)} ${noun}`;
}
