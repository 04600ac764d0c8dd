// The recommended jobs page's state in its URL: the page and the job-shape filters.
import { EXPERIENCE_LEVELS, REMOTE_TYPES } from '@hotgigs/shared';
import { z } from 'zod';

/** /recommended?remote=remote&level=senior&page=2 */
export const RECOMMENDED_PAGE_SIZE = 20;
export const recommendedSearchSchema = z.object({
  page: z.number().int().min(1).max(10).default(1).catch(1),
  remote: z.enum(REMOTE_TYPES).optional().catch(undefined),
  level: z.enum(EXPERIENCE_LEVELS).optional().catch(undefined),
});
export type RecommendedSearch = z.infer<typeof recommendedSearchSchema>;
export const RECOMMENDED_SEARCH_DEFAULTS = { page: 1 } as const;

/** The API's input for this page of the URL's state. */
export function recommendedInput(search: RecommendedSearch) {
  return {
    page: search.page,
    limit: RECOMMENDED_PAGE_SIZE,
    filters: { ...(search.remote && { remote: [search.remote] }), ...(search.level && { experienceLevel: [search.level] }) },
  };
}
