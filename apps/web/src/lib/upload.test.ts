import { describe, expect, it } from 'vitest';
import { describeUploadFailure, formatFileSize } from './upload.ts';

describe('describeUploadFailure', () => {
  it('uses the server’s sentence when it gives one', () => {
    expect(describeUploadFailure({ status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'A logo must be a PNG, JPEG or WebP image.' } } })).toBe(
      'A logo must be a PNG, JPEG or WebP image.',
    );
  });

  it.each([
    [413, 'The file is too large.'],
    [401, 'Your session has ended: sign in again, then retry.'],
    [502, 'Something went wrong on our side. Please try again.'],
    [418, 'The upload was refused (HTTP 418).'],
  ])('explains HTTP %i without a message', (status, sentence) => {
    expect(describeUploadFailure({ status, body: null })).toBe(sentence);
    expect(describeUploadFailure({ status, body: { error: { code: 'X', message: '  ' } } })).toBe(sentence);
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '1 KB'],
    [300, '1 KB'],
    [840 * 1024, '840 KB'],
    [2 * 1024 * 1024, '2 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
