/** Paged collections. */
import * as z from 'zod/mini';

/** Largest page size the API serves. */
export const MAX_PAGE_SIZE = 200;

/** A page of results. */
export interface Page<T> {
  /** The items on this page (at most `pageSize`). */
  items: T[];
  /** 1-based page number. */
  page: number;
  /** Page size that was applied (1–200). */
  pageSize: number;
  /** Number of matching items across all pages. */
  total: number;
}

/**
 * A schema for one page of `item`s: `{ items, page, pageSize, total }`, with
 * `page` 1-based and `items.length <= pageSize`.
 */
export function page<T extends z.ZodMiniType>(item: T) {
  return z
    .object({
      items: z.array(item),
      page: z.int().check(z.gte(1)),
      pageSize: z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE)),
      total: z.int().check(z.nonnegative()),
    })
    .check(
      z.refine((p) => p.items.length <= p.pageSize, {
        message: 'a page holds at most pageSize items',
        path: ['items'],
      }),
    );
}
