// Inputs of the saved-jobs procedures: a candidate's bookmarks.
import { z } from 'zod';
import { pageInput } from '../pagination.ts';
import { jobId } from './jobs.ts';

/** Bookmarks per candidate: enough for anyone, and small enough to answer `savedJob.ids` in one response. */
export const MAX_SAVED_JOBS = 1000;

export const savedJobInput = z.strictObject({ jobId });
export type SavedJobInput = z.infer<typeof savedJobInput>;

export const savedJobListInput = pageInput;
export type SavedJobListInput = z.infer<typeof savedJobListInput>;
