import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatCount, formatPostedAge, formatSalary, type Salary } from './format.ts';

/** Intl joins a currency code and its amount with a no-break space; the tables read better with a plain one. */
const readable = (text: string | null) => text?.replaceAll('\u00a0', ' ') ?? null;

describe('formatSalary', () => {
  const year = (min: number | null, max: number | null, currency = 'USD'): Salary => ({
    min,
    max,
    currency,
    period: 'year',
  });

  it.each<{ name: string; salary: Salary; expected: string }>([
    { name: 'a yearly range', salary: year(90_000, 120_000), expected: 'USD 90K–120K / year' },
    { name: 'a range with a fraction', salary: year(95_500, 120_000), expected: 'USD 95.5K–120K / year' },
    { name: 'a range in millions', salary: year(1_200_000, 1_500_000, 'EUR'), expected: 'EUR 1.2M–1.5M / year' },
    { name: 'a range across thousands and millions', salary: year(800_000, 1_000_000), expected: 'USD 800K–1M / year' },
    { name: 'an hourly range', salary: { min: 45, max: 60, currency: 'GBP', period: 'hour' }, expected: 'GBP 45–60 / hour' },
    { name: 'a daily rate', salary: { min: 500, max: 500, currency: 'EUR', period: 'day' }, expected: 'EUR 500 / day' },
    { name: 'a monthly range', salary: { min: 4_000, max: 5_500, currency: 'CHF', period: 'month' }, expected: 'CHF 4K–5.5K / month' },
    { name: 'a minimum only', salary: year(70_000, null), expected: 'From USD 70K / year' },
    { name: 'a maximum only', salary: year(null, 150_000), expected: 'Up to USD 150K / year' },
    { name: 'bounds given the wrong way round', salary: year(120_000, 90_000), expected: 'USD 90K–120K / year' },
    { name: 'a malformed currency code', salary: year(90_000, 120_000, 'US'), expected: 'US 90K–120K / year' },
  ])('compact: $name', ({ salary, expected }) => {
    expect(readable(formatSalary(salary))).toBe(expected);
  });

  it.each<{ name: string; salary: Salary; expected: string }>([
    { name: 'a yearly range', salary: year(90_000, 120_000), expected: 'USD 90,000–120,000 per year' },
    { name: 'an hourly range', salary: { min: 45, max: 60, currency: 'USD', period: 'hour' }, expected: 'USD 45–60 per hour' },
    { name: 'a minimum only', salary: year(70_000, null, 'EUR'), expected: 'From EUR 70,000 per year' },
    { name: 'a maximum only', salary: year(null, 150_000), expected: 'Up to USD 150,000 per year' },
  ])('full: $name', ({ salary, expected }) => {
    expect(readable(formatSalary(salary, { style: 'full' }))).toBe(expected);
  });

  it.each([
    { name: 'no salary', salary: null },
    { name: 'no bounds', salary: year(null, null) },
  ])('is null for $name', ({ salary }) => {
    expect(formatSalary(salary)).toBeNull();
  });

  it('names the currency once, after the amounts, where the locale puts it there', () => {
    expect(readable(formatSalary(year(50_000, 70_000, 'EUR'), { locale: 'de-DE', style: 'full' }))).toBe(
      '50.000–70.000 EUR per year',
    );
  });
});

describe('formatPostedAge', () => {
  const now = new Date('2026-03-12T12:00:00Z');
  const before = (ms: number) => new Date(now.getTime() - ms);
  const minutes = (n: number) => n * 60_000;
  const hours = (n: number) => n * minutes(60);
  const days = (n: number) => n * hours(24);

  it.each([
    { elapsed: 0, expected: 'now' },
    { elapsed: 59_000, expected: 'now' },
    { elapsed: minutes(1), expected: '1 minute ago' },
    { elapsed: minutes(45), expected: '45 minutes ago' },
    { elapsed: hours(1), expected: '1 hour ago' },
    { elapsed: hours(23), expected: '23 hours ago' },
    { elapsed: days(1), expected: 'yesterday' },
    { elapsed: days(1) + hours(20), expected: 'yesterday' },
    { elapsed: days(3), expected: '3 days ago' },
    { elapsed: days(6), expected: '6 days ago' },
    { elapsed: days(7), expected: 'last week' },
    { elapsed: days(20), expected: '2 weeks ago' },
    { elapsed: days(30), expected: 'last month' },
    { elapsed: days(100), expected: '3 months ago' },
    { elapsed: days(365), expected: 'last year' },
    { elapsed: days(800), expected: '2 years ago' },
    { elapsed: -hours(2), expected: 'now' },
  ])('$expected after $elapsed ms', ({ elapsed, expected }) => {
    expect(formatPostedAge(before(elapsed), now)).toBe(expected);
  });
});

describe('formatCalendarDate', () => {
  it.each([
    { date: '2026-03-12T12:00:00Z', timeZone: 'UTC', expected: 'Mar 12, 2026' },
    { date: '2026-03-12T23:30:00Z', timeZone: 'UTC', expected: 'Mar 12, 2026' },
    { date: '2026-03-12T23:30:00Z', timeZone: 'Europe/Berlin', expected: 'Mar 13, 2026' },
  ])('$date in $timeZone is $expected', ({ date, timeZone, expected }) => {
    expect(formatCalendarDate(new Date(date), 'en-US', timeZone)).toBe(expected);
  });
});

describe('formatCount', () => {
  it.each([
    { count: 0, expected: '0 open jobs' },
    { count: 1, expected: '1 open job' },
    { count: 2, expected: '2 open jobs' },
    { count: 1204, expected: '1,204 open jobs' },
  ])('$count', ({ count, expected }) => {
    expect(formatCount(count, 'open job', 'open jobs')).toBe(expected);
  });
});
