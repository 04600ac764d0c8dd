// Inputs of the job procedures.
import { z } from 'zod';
import { pageInput } from '../pagination.ts';

export const jobId = z.uuid({ error: 'Must be a job id (a UUID).' });

export const jobListInput = pageInput;
export type JobListInput = z.infer<typeof jobListInput>;

export const jobByIdInput = z.strictObject({ id: jobId });
export type JobByIdInput = z.infer<typeof jobByIdInput>;
