// The parser on the committed fixtures (dotin resumes, CC0, rendered by scripts/render-fixtures.ts as one- and
// two-column PDF, DOCX and TXT) against their labels, with the real taxonomy, and its parts on tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract/index.ts';
import { resumeInsights } from '../insights/insights.ts';
import { findDateRange, findYears, yearsCovered } from './dates.ts';
import { findEmail, findPhone } from './contact.ts';
import { languagesLine, parseResume } from './parse-resume.ts';
import { scoreHeading, HEADING_THRESHOLD } from './sections.ts';
import { createSkillMatcher, matchSkills } from './skills.ts';
import { documentFromText } from './text-doc.ts';

const fixture = (name: string) => new URL(`../../fixtures/resumes/${name}`, import.meta.url);
const taxonomy = JSON.parse(readFileSync(new URL('../../../db/data/taxonomy.json', import.meta.url), 'utf8')) as {
  skills: { slug: string; name: string; aliases: string[] }[];
};
const matcher = createSkillMatcher(taxonomy.skills.map((s) => ({ id: s.slug, name: s.name, aliases: s.aliases })));
const today = new Date('2026-12-01T00:00:00Z');

interface Labels {
  name: string;
  email: string;
  titles: string[];
  companies: string[];
}

describe.each(['1', '10', '30', '50'])('dotin resume %s', (id) => {
  const labels = JSON.parse(readFileSync(fixture(`${id}.labels.json`), 'utf8')) as Labels;
  it.each(['1col.pdf', '2col.pdf', 'docx', 'txt'])('as %s: name, email, experience and skills', async (format) => {
    const doc = await extractDocument(new Uint8Array(readFileSync(fixture(`${id}.${format}`))));
    const parsed = parseResume(doc, matcher, { today });
    expect(parsed.name?.value).toBe(labels.name);
    expect(parsed.email?.value.toLowerCase()).toBe(labels.email.toLowerCase());
    expect(parsed.experience.length).toBeGreaterThan(0);
    expect(parsed.skills.length).toBeGreaterThan(3);
    const insights = resumeInsights(parsed, doc);
    expect(insights.score).toBeGreaterThan(30);
    expect(insights.score).toBeLessThanOrEqual(100);
  });
});

it('reads titles and companies of Indeed-style entries', async () => {
  const doc = await extractDocument(new Uint8Array(readFileSync(fixture('50.txt'))));
  const parsed = parseResume(doc, matcher, { today });
  expect(parsed.experience.slice(0, 2).map((e) => [e.value.title, e.value.company, e.value.start, e.value.current])).toEqual([
    ['Software Developer', 'ION Trading', '2016-06', true],
    ['Intern', 'Microsoft', '2015-06', false],
  ]);
});

describe('parts', () => {
  it.each([
    ['WORK EXPERIENCE', 'experience'],
    ['Professional Experience', 'experience'],
    ['Technical Skills', 'skills'],
    ['EDUCATION', 'education'],
    ['Certifications', 'certifications'],
  ])('"%s" is a %s heading', (text, kind) => {
    const score = scoreHeading({ text, bold: true, fontSize: 12, gapBefore: 1 }, 10);
    expect(score.kind).toBe(kind);
    expect(score.score).toBeGreaterThanOrEqual(HEADING_THRESHOLD);
  });

  it.each(['I gained experience in sales, marketing and support.', 'Skills: Java, Go'])('"%s" is not a heading', (text) => {
    expect(scoreHeading({ text, bold: false, fontSize: 10, gapBefore: 0 }, 10).score).toBeLessThan(HEADING_THRESHOLD);
  });

  it.each([
    ['Jan 2019 – Present', '2019-01', null, true],
    ['2018 - 2020', '2018-01', '2020-01', false],
    ['03/2017 to 11/2019', '2017-03', '2019-11', false],
    ['January 2018 to Present', '2018-01', null, true],
  ])('dates "%s"', (text, start, end, current) => {
    expect(findDateRange(text)).toMatchObject({ start, end, current });
  });

  it('counts overlapping periods once', () => {
    expect(yearsCovered([{ start: '2018-01', end: '2019-12' }, { start: '2019-01', end: '2020-12' }], today)).toBe(3);
    expect(findYears('BSc, 2010 - 2013')).toEqual([2010, 2013]);
  });

  it.each([
    ['Email: jane.o\'neil@example.co.uk', "jane.o'neil@example.co.uk"],
    ['contact me at a.b@c.io today', 'a.b@c.io'],
  ])('email in %j', (text, email) => expect(findEmail(text)).toBe(email));

  it.each(['+1 (555) 123-4567', '07700 900123', '+44 20 7946 0958'])('phone %s', (phone) => {
    expect(findPhone(`Phone: ${phone}`)).toBeTruthy();
  });

  it.each([
    ['(+49) 30 1234567', '(+49) 30 1234567'],
    ['I (123) 456-7890', '(123) 456-7890'], // moderncv's phone icon before it
    ['+91 98765 43210', '+91 98765 43210'],
    ['Tel: 0049 30 12345678', '0049 30 12345678'],
    ['+1 (555) 123-4567 ext. 12', '+1 (555) 123-4567'],
    ['2016 2017 2018 2019', null],
    ['2012 - 2016', null],
    ['Employee ID 12345678901234567890', null],
  ])('phone in %j', (text, phone) => expect(findPhone(text)).toBe(phone));

  it('resolves aliases and never matches inside a longer word', () => {
    const skills = matchSkills(matcher, 'JS, React.js, Postgres, k8s, JavaScript', { inSkillsSection: true }).map((s) => s.name);
    expect(skills).toEqual(expect.arrayContaining(['JavaScript', 'React', 'PostgreSQL', 'Kubernetes']));
    expect(skills).not.toContain('Java');
  });

  it('parses a plain-text resume built in the test', () => {
    const doc = documentFromText(['Jane Doe', 'jane@example.com | +1 555 123 4567', '', 'EXPERIENCE', 'Backend Engineer at Acme Inc', 'Jan 2020 - Present', '- Cut latency by 30%', '', 'SKILLS', 'TypeScript, PostgreSQL, Docker'].join('\n'));
    const parsed = parseResume(doc, matcher, { today });
    expect(parsed.name?.value).toBe('Jane Doe');
    expect(parsed.experience[0]?.value).toMatchObject({ title: 'Backend Engineer', company: 'Acme Inc', start: '2020-01', current: true });
    expect(parsed.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL', 'Docker']));
    expect(parsed.totalYearsExperience?.value).toBeGreaterThan(6);
  });
});

// Weak spots `pnpm bench parse` showed, one table each.
describe('bench weak spots', () => {
  it.each([
    ['Java (Less than 1 year), SQL (5 years)', ['Java', 'SQL'], ['Less']],
    ['MySQL (Less than 1 year), Git (2 years)', ['MySQL', 'Git'], ['Less']],
    ['Less, Sass, CSS', ['Less', 'Sass', 'CSS'], []],
    ['data, security, reporting, current', [], ['statistics', 'securities', 'journalism', 'electricity principles']],
  ])('skills in %j', (text, present, absent) => {
    const names = matchSkills(matcher, text, { inSkillsSection: true }).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(present));
    for (const a of absent) expect(names).not.toContain(a);
  });

  it.each([
    [['Jane Doe', 'Senior Software Engineer', 'jane@example.com'], 'Senior Software Engineer'],
    [['Jane Doe', 'Data Analyst | Berlin, Germany', 'jane@example.com'], 'Data Analyst'],
    [['Jane Doe', 'jane@example.com'], null],
    [['Jane Doe', '# jane@example.com', 'Product Manager § jdoe'], 'Product Manager'],
  ])('headline under the name in %j', (top, headline) => {
    const doc = documentFromText([...top, '', 'EXPERIENCE', 'Engineer at Acme Inc', 'Jan 2020 - Present'].join('\n'));
    expect(parseResume(doc, matcher, { today }).headline?.value ?? null).toBe(headline);
  });

  /** A two-column document: [page, column, text, heading?] rows in reading order. */
  const twoColumn = (rows: [number, 0 | 1, string, boolean?][]) => {
    const lines = rows.map(([page, column, text, heading]) => ({ text, page, column, x: column * 200, y: 0, width: 100, fontSize: heading ? 13 : 10, bold: !!heading, gapBefore: heading ? 1 : 0, bullet: false }));
    return { format: 'pdf' as const, pages: 2, columns: 2 as const, bodyFontSize: 10, lines, text: lines.map((l) => l.text).join('\n') };
  };

  it.each([
    [
      'a sidebar section continued on page 2 is not experience',
      twoColumn([
        [1, 0, 'Jane Doe', true], [1, 0, 'CERTIFICATIONS', true], [1, 0, 'AWS Solutions Architect'],
        [1, 1, 'WORK EXPERIENCE', true], [1, 1, 'Backend Engineer'], [1, 1, 'Acme Inc'], [1, 1, 'January 2019 to Present'],
        [2, 0, 'Google Analytics'], [2, 0, 'December 2016 to December 2017'],
        [2, 1, '- Built the billing service'], [2, 1, 'Intern'], [2, 1, 'Globex Ltd'], [2, 1, 'June 2017 to December 2018'],
      ]),
      [['Backend Engineer', 'Acme Inc', '2019-01'], ['Intern', 'Globex Ltd', '2017-06']],
      ['AWS Solutions Architect', 'Google Analytics', 'December 2016 to December 2017'],
    ],
    [
      'a page that is one column (the sidebar ended) continues the main section',
      twoColumn([
        [1, 0, 'Jane Doe', true], [1, 0, 'SKILLS', true], [1, 0, 'Go, SQL'],
        [1, 1, 'WORK EXPERIENCE', true], [1, 1, 'Backend Engineer'], [1, 1, 'Acme Inc'], [1, 1, 'January 2019 to Present'],
        [2, 0, 'Intern'], [2, 0, 'Globex Ltd'], [2, 0, 'June 2017 to December 2018'],
      ]),
      [['Backend Engineer', 'Acme Inc', '2019-01'], ['Intern', 'Globex Ltd', '2017-06']],
      ['Go, SQL'],
    ],
  ])('%s', (_name, doc, entries, sidebar) => {
    const parsed = parseResume(doc, matcher, { today });
    expect(parsed.experience.map((e) => [e.value.title, e.value.company, e.value.start])).toEqual(entries);
    const inExperience = parsed.experience.flatMap((e) => [e.value.title, e.value.company, ...e.value.bullets]);
    for (const line of sidebar) expect(inExperience).not.toContain(line);
  });
});

describe('languagesLine', () => {
  it.each([
    ['English, Hindi', ['English', 'Hindi']],
    ['French', ['French']],
    ['English and Tamil', ['English', 'Tamil']],
    ['Chennai, Tamil Nadu', []],
    ['English Literature', []],
    ['Java, Python', []],
    ['', []],
  ])('%j -> %j', (text, expected) => {
    expect(languagesLine(text)).toEqual(expected);
  });
});
