import { RESUME_MAX_BYTES } from '@hotgigs/shared';
import { describe, expect, it } from 'vitest';
import { checkResumeFile, resumeUploadOutcome } from './resume-upload.ts';

describe('resumeUploadOutcome', () => {
  it.each<[number, unknown, string, RegExp]>([
    [201, { id: 'r1', parseStatus: 'pending' }, 'uploaded', /uploaded\. Reading it now/],
    [409, { id: 'r0' }, 'duplicate', /already/],
    [413, null, 'refused', /too large: a resume can be at most 10 MB/],
    [415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported' } }, 'refused', /not a PDF, Word \(DOCX\) or plain text file/],
    [422, null, 'refused', /the most you can keep\. Delete one/],
    [429, null, 'refused', /Too many uploads/],
    [401, null, 'refused', /sign in again/],
    [500, null, 'refused', /went wrong on our side/],
    [400, { error: { code: 'BAD_REQUEST', message: 'The field “file” is missing.' } }, 'refused', /The field “file” is missing\./],
  ])('HTTP %d', (status, body, kind, message) => {
    const outcome = resumeUploadOutcome({ status, body }, 'cv.pdf');
    expect(outcome.kind).toBe(kind);
    expect(outcome.message).toMatch(message);
  });

  it('keeps the id of a new or already uploaded resume', () => {
    expect(resumeUploadOutcome({ status: 201, body: { id: 'a' } }, 'x')).toMatchObject({ id: 'a' });
    expect(resumeUploadOutcome({ status: 409, body: { error: { code: 'CONFLICT', existing_id: 'b' } } }, 'x')).toMatchObject({ id: 'b' });
  });
});

describe('checkResumeFile', () => {
  it.each([
    [{ name: 'a.pdf', size: 1 }, undefined],
    [{ name: 'a.pdf', size: RESUME_MAX_BYTES }, undefined],
    [{ name: 'a.pdf', size: RESUME_MAX_BYTES + 1 }, /at most 10 MB/],
    [{ name: 'a.pdf', size: 0 }, /empty/],
  ])('%j', (file, expected) => {
    const result = checkResumeFile(file);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatch(expected);
  });
});
