// One way to ask for a page and to describe it, for every list in the API.
import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Deep offsets are slow and useless to people; keyset pagination serves infinite scroll instead. */
export const MAX_PAGE = 1000;

export const pageInput = z.strictObject({
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type PageInput = z.infer<typeof pageInput>;

export interface Pagination {
  page: number;
  limit: number;
  totalCount: number;
  totalPages: number;
}

export function describePage({ page, limit }: PageInput, totalCount: number): Pagination {
  return { page, limit, totalCount, totalPages: Math.ceil(totalCount / limit) };
}

export function pageOffset({ page, limit }: PageInput): number {
  return (page - 1) * limit;
}
