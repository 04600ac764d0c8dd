// The demo's job titles and requirement lists read like a person wrote them.
import { describe, expect, it } from 'vitest';
import type { ExperienceLevel } from '@hotgigs/shared';
import { jobRequirements, jobTitle } from './demo-text.ts';
import { createRandom } from './random.ts';

describe('jobTitle', () => {
  it.each<[string, ExperienceLevel, string]>([
    ['Data Analyst', 'junior', 'Junior Data Analyst'],
    ['Data Analyst', 'mid', 'Data Analyst'],
    ['Data Analyst', 'senior', 'Senior Data Analyst'],
    ['Warehouse Manager', 'junior', 'Assistant Warehouse Manager'],
    ['Warehouse Manager', 'lead', 'Senior Warehouse Manager'],
    ['Chief Executive Officer', 'executive', 'Chief Executive Officer'],
    ['Senior Developer', 'senior', 'Senior Developer'],
    ['Head Chef', 'lead', 'Head Chef'],
  ])('%s at level %s is "%s"', (base, level, title) => {
    expect(jobTitle(base, level, createRandom(1))).toBe(title);
  });
});

describe('jobRequirements', () => {
  it('lists experience, technologies, knowledge, tasks and extras, each the way people write them', () => {
    const text = jobRequirements(
      {
        occupation: 'ICT System Administrator',
        years: 3,
        required: [
          { name: 'Linux', category: 'platform' },
          { name: 'Docker', category: 'tool' },
          { name: 'cloud technologies', category: 'knowledge' },
          { name: 'maintain ICT system', category: 'skill' },
        ],
        preferred: [{ name: 'Kubernetes', category: 'platform' }],
        niceToHave: [{ name: 'provide technical documentation', category: 'skill' }],
      },
      createRandom(1),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('- 3+ years of experience as an ICT system administrator or in a similar role');
    expect(lines[1]).toMatch(/ Linux and Docker$/);
    expect(lines[2]).toMatch(/ cloud technologies$/);
    expect(lines[3]).toBe('- Able to maintain ICT system');
    expect(lines[4]).toMatch(/ Kubernetes is a plus$/);
    expect(lines[5]).toBe('- A bonus if you can provide technical documentation');
    expect(lines).toHaveLength(6);
  });
});
