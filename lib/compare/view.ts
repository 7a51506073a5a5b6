/**
 * The part of a comparison one page of the matrix shows: rows whose name holds the search, only those that are
 * not the same everywhere when asked, one bounded page of them. Pure, so it is tested without a server.
 */
import { COMPARE_PAGE_SIZE } from './page-params';

export interface MatrixPage<R> {
  rows: R[];
  /** Rows that match before paging. */
  matching: number;
  /** The page shown (a page past the end shows the last one) and how many there are. */
  page: number;
  pages: number;
}

export function matrixPage<R extends { name: string; allSame: boolean }>(
  rows: readonly R[],
  o: { q: string; differences: boolean; page: number; pageSize?: number },
): MatrixPage<R> {
  const size = o.pageSize ?? COMPARE_PAGE_SIZE;
  const needle = o.q.trim().toLowerCase();
  const matching = rows.filter(
    (r) => (!needle || r.name.toLowerCase().includes(needle)) && (!o.differences || !r.allSame),
  );
  const pages = Math.max(1, Math.ceil(matching.length / size));
  const page = Math.min(Math.max(1, o.page), pages);
  return { rows: matching.slice((page - 1) * size, page * size), matching: matching.length, page, pages };
}
