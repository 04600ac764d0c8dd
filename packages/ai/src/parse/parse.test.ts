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

  it.each(['Project Description:', 'SAP Modules/ Tools:'])('"%s" inside an entry is a label, not a section heading', (text) => {
    expect(scoreHeading({ text, bold: false, fontSize: 10, gapBefore: 1 }, 10).score).toBeLessThan(HEADING_THRESHOLD);
    expect(scoreHeading({ text, bold: true, fontSize: 12, gapBefore: 1 }, 10).score).toBeGreaterThanOrEqual(HEADING_THRESHOLD);
  });

  it.each([
    ['a line of only a dash', ['Sales Engineer - Concept Technology Solution', '-', 'January 2014 to November 2016'], ['Sales Engineer', 'Concept Technology Solution', '2014-01']],
    ['a web address between title and company', ['Software Engineer', 'https://www.indeed.com/r/jane-doe', 'HCL Technologies -', 'September 2014 to Present'], ['Software Engineer', 'HCL Technologies', '2014-09']],
  ])('experience header across %s', (_name, entry, expected) => {
    const doc = documentFromText(['Jane Doe', '', 'WORK EXPERIENCE', '', 'Intern', 'Acme Inc', 'June 2012 to May 2013', '• Built the billing service for the whole company and its partners, end to end.', ...entry, '• Sold things.'].join('\n'));
    const parsed = parseResume(doc, matcher, { today });
    expect(parsed.experience.map((e) => [e.value.title, e.value.company, e.value.start])).toEqual([['Intern', 'Acme Inc', '2012-06'], expected]);
  });

  it.each([
    ['June 2022 – Software Engineer, Google, Mountain View, CA, USA', 'Present Building user interfaces with React and Redux for millions of users.', ['Software Engineer', 'Google', '2022-06', null, true], 'Building user interfaces'],
    ['July 2015 – Full Stack Developer, Uber, San Francisco, USA', 'May 2020 Developed and maintained web applications on the MERN stack.', ['Full Stack Developer', 'Uber', '2015-07', '2020-05', false], 'Developed and maintained'],
  ])('a range whose end wrapped onto the next line (moderncv): %j', (first, second, expected, bullet) => {
    const doc = documentFromText(['Jane Doe', '', 'EXPERIENCE', '', first, second].join('\n'));
    const e = parseResume(doc, matcher, { today }).experience;
    expect(e.map((x) => [x.value.title, x.value.company, x.value.start, x.value.end, x.value.current])).toEqual([expected]);
    expect(e[0]!.value.bullets[0]).toMatch(new RegExp(`^${bullet}`));
  });

  it.each([
    [['Position: TECHNICAL SUPPORT ENGINEER', 'Company 1: Oracle India Private Limited', 'June 2015 - Present'], ['TECHNICAL SUPPORT ENGINEER', 'Oracle India Private Limited']],
    [['Designation: Principal Engineer', 'Organisation: Acme', 'Location: Pune', 'June 2015 - Present'], ['Principal Engineer', 'Acme']],
  ])('labelled header lines %j', (header, expected) => {
    const doc = documentFromText(['Jane Doe', '', 'EXPERIENCE', '', ...header].join('\n'));
    expect(parseResume(doc, matcher, { today }).experience.map((e) => [e.value.title, e.value.company])).toEqual([expected]);
  });

  it('a date inside a sentence is no entry; the entry above keeps its company', () => {
    const doc = documentFromText(['Jane Doe', '', 'WORK EXPERIENCE', '', 'Application Developer', 'IBM India Pvt. Ltd. -', 'April 2011 to March 2018', '• Worked on SAP since May 2017 as a Subject Matter Expert for the enterprise support team of the client', 'language.', 'Escalation Engineer', 'Microsoft -', 'October 2015 to April 2017'].join('\n'));
    expect(parseResume(doc, matcher, { today }).experience.map((e) => [e.value.title, e.value.company, e.value.start])).toEqual([
      ['Application Developer', 'IBM India Pvt. Ltd.', '2011-04'],
      ['Escalation Engineer', 'Microsoft', '2015-10'],
    ]);
  });

  it.each([
    ['"Have worked as a" before the title', ['Have worked as a Support Engineer', 'Microsoft - Pune, Maharashtra -', 'October 2015 to April 2017'], [['Support Engineer', 'Microsoft']]],
    ['"Working as ... at"', ['Working as Test Automation Engineer at EPAM Systems', 'May 2016 to Present'], [['Test Automation Engineer', 'EPAM Systems']]],
    ['a client line', ['Technology Analyst', 'Client: Insurance Client from London', 'Infosys Ltd', 'May 2016 to Present'], [['Technology Analyst', 'Infosys Ltd']]],
    ['an undated current job above a dated one', ['Escalation Engineer', 'Microsoft', 'Working on escalated issues with System Centre Operations Manager, Service Manager and Orchestrator.', 'Support Engineer', 'Convergys India Pvt. Ltd. -', 'October 2015 to April 2017'], [['Escalation Engineer', 'Microsoft'], ['Support Engineer', 'Convergys India Pvt. Ltd.']]],
  ])('experience header: %s', (_name, entry, expected) => {
    const doc = documentFromText(['Jane Doe', '', 'WORK EXPERIENCE', '', ...entry].join('\n'));
    expect(parseResume(doc, matcher, { today }).experience.map((e) => [e.value.title, e.value.company])).toEqual(expected);
  });

  it('a comma before a legal suffix is part of the company', () => {
    const doc = documentFromText(['Jane Doe', '', 'EXPERIENCE', '', 'Full Stack Java Developer', 'ABC Company, Inc. | Anywhere', 'June 2018 - Present'].join('\n'));
    expect(parseResume(doc, matcher, { today }).experience[0]?.value).toMatchObject({ title: 'Full Stack Java Developer', company: 'ABC Company, Inc.' });
  });

  it('the experience section goes on past a "Project Description:" label', () => {
    const doc = documentFromText(['Jane Doe', '', 'WORK EXPERIENCE', '', 'Consultant', 'Acme Inc', 'March 2015 to April 2016', 'Project Description:', 'A steel company.', 'Developer', 'Globex Ltd', 'October 2012 to February 2015'].join('\n'));
    expect(parseResume(doc, matcher, { today }).experience.map((e) => [e.value.title, e.value.company])).toEqual([['Consultant', 'Acme Inc'], ['Developer', 'Globex Ltd']]);
  });

  it.each([
    [['Bachelor Of Science', 'Vaughn College of Aeronautics and', 'Technology'], 'Vaughn College of Aeronautics and Technology'],
    [['B.Tech in Computer Science', 'Uttar Pradesh Technical University -', '2010 to 2014'], 'Uttar Pradesh Technical University'],
    [['MCA', 'Dayananda Sagar College of', 'Engineering -  Bengaluru, Karnataka'], 'Dayananda Sagar College of Engineering'],
  ])('school in %j (a narrow column cut it, a trailing dash)', (lines, school) => {
    const doc = documentFromText(['Jane Doe', '', 'EDUCATION', '', ...lines].join('\n'));
    expect(parseResume(doc, matcher, { today }).education.map((e) => e.value.school)).toEqual([school]);
  });

  it.each([
    [['B.Tech in Computer Science and', 'Engineering', 'Uttar Pradesh Technical University -'], 'B.Tech', 'Computer Science and Engineering', 'Uttar Pradesh Technical University'],
    [['Bachelor Of Science', 'Vaughn College'], 'Bachelor Of Science', null, 'Vaughn College'],
  ])('degree and field in %j', (lines, degree, field, school) => {
    const doc = documentFromText(['Jane Doe', '', 'EDUCATION', '', ...lines].join('\n'));
    expect(parseResume(doc, matcher, { today }).education.map((e) => [e.value.degree, e.value.field, e.value.school])).toEqual([[degree, field, school]]);
  });

  it.each([
    [[['EDUCATION', 74], ['B.Tech in Computer Science', 115, 0], ['Kalinga Institute of Industrial', 150, 4], ['Technology', 47, 0], ['July 2013 to April 2017', 92, 4]], 'Kalinga Institute of Industrial Technology'],
    [[['EDUCATION', 74], ['C.S.', 18, 0], ['CHHATTISGARH SWAMI', 104, 4], ['VIVEKANANDA TECHNICAL', 118, 0], ['UNIVERSITY', 54, 0], ['2011 to 2015', 53, 4]], 'CHHATTISGARH SWAMI VIVEKANANDA TECHNICAL UNIVERSITY'],
    [[['EDUCATION', 74], ['B.E.', 18, 0], ['Anna University', 70, 4], ['Chennai', 40, 0]], 'Anna University'],
  ])('a school wrapped in a narrow PDF column: %j', (rows, school) => {
    const lines = (rows as [string, number, number?][]).map(([text, width, gap], i) => ({ text, page: 1, column: 0, x: 50, y: 700 - i * 12, width, fontSize: i === 0 ? 13 : 9, bold: i === 0, gapBefore: gap ?? 1, bullet: false }));
    lines.push({ text: 'A line as wide as the column goes here', page: 1, column: 0, x: 50, y: 100, width: 160, fontSize: 9, bold: false, gapBefore: 8, bullet: false });
    const doc = { format: 'pdf' as const, pages: 1, columns: 1 as const, bodyFontSize: 9, lines, text: lines.map((l) => l.text).join('\n') };
    expect(parseResume(doc, matcher, { today }).education[0]?.value.school).toBe(school);
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
