import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from './enums.ts';
import { companyMovesFrom, hiddenApplicantName, isIdentityHidden, pipelineMoveProblem, type BlindRevealStage, type PipelineActor } from './pipeline.ts';

describe('pipelineMoveProblem', () => {
  const allowed: [ApplicationStatus, ApplicationStatus, PipelineActor][] = [
    ['submitted', 'screening', 'company'],
    ['screening', 'interview', 'company'],
    ['interview', 'offer', 'company'],
    ['offer', 'hired', 'company'],
    ['submitted', 'rejected', 'company'],
    ['offer', 'rejected', 'company'],
    ['submitted', 'withdrawn', 'candidate'],
    ['offer', 'withdrawn', 'candidate'],
  ];
  it.each(allowed)('%s -> %s by the %s is allowed', (from, to, actor) => {
    expect(pipelineMoveProblem(from, to, actor)).toBeUndefined();
  });

  const refused: [ApplicationStatus, ApplicationStatus, PipelineActor, RegExp][] = [
    ['submitted', 'interview', 'company', /moves to screening/],
    ['interview', 'screening', 'company', /moves to offer/],
    ['screening', 'submitted', 'company', /back to submitted/],
    ['submitted', 'withdrawn', 'company', /Only the candidate/],
    ['submitted', 'screening', 'candidate', /only withdraw/],
    ['submitted', 'rejected', 'candidate', /only withdraw/],
    ['hired', 'rejected', 'company', /final/],
    ['rejected', 'screening', 'company', /final/],
    ['withdrawn', 'withdrawn', 'candidate', /final/],
    ['interview', 'interview', 'company', /already/],
  ];
  it.each(refused)('%s -> %s by the %s is refused', (from, to, actor, message) => {
    expect(pipelineMoveProblem(from, to, actor)).toMatch(message);
  });

  it('final states offer no moves; open ones offer the next stage and rejection', () => {
    expect(companyMovesFrom('submitted')).toEqual(['screening', 'rejected']);
    expect(companyMovesFrom('offer')).toEqual(['hired', 'rejected']);
    for (const status of ['hired', 'rejected', 'withdrawn'] as const) expect(companyMovesFrom(status)).toEqual([]);
    expect(APPLICATION_STATUSES.flatMap(companyMovesFrom)).not.toContain('withdrawn');
  });
});

describe('blind screening', () => {
  it.each([
    [null, 'submitted', false],
    [null, 'rejected', false],
    ['screening', 'submitted', true],
    ['screening', 'screening', false],
    ['interview', 'screening', true],
    ['interview', 'interview', false],
    ['interview', 'offer', false],
    ['interview', 'hired', false],
    ['interview', 'rejected', true],
    ['interview', 'withdrawn', true],
    ['hired', 'offer', true],
    ['hired', 'hired', false],
  ] as const)('reveal at %s, status %s: hidden %s', (revealAt, status, hidden) => {
    expect(isIdentityHidden(revealAt as BlindRevealStage | null, status)).toBe(hidden);
  });

  it('names a hidden applicant by their application, the same each time', () => {
    expect(hiddenApplicantName('1a2b3c4d-0000-4000-8000-000000000000')).toBe('Applicant 1A2B3C');
  });
});
