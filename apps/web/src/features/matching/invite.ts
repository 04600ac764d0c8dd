/** Candidates shown on a job's "could invite" page. */
export const INVITE_LIMIT = 20;
