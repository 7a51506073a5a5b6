/** One page of the matrix: search by name, "only differences", bounded pages. */
import { describe, expect, it } from 'vitest';
import { COMPARE_PAGE_SIZE } from '@/lib/compare/page-params';
import { matrixPage } from '@/lib/compare/view';

const rows = Array.from({ length: 200 }, (_, i) => ({
  name: `agent-${String(i).padStart(3, '0')}`,
  allSame: i % 10 !== 3,
}));

describe('matrixPage', () => {
  it('shows one bounded page of 200 rows, and how many pages there are', () => {
    const v = matrixPage(rows, { q: '', differences: false, page: 1 });
    expect(v.rows).toHaveLength(COMPARE_PAGE_SIZE);
    expect(v).toMatchObject({ matching: 200, page: 1, pages: Math.ceil(200 / COMPARE_PAGE_SIZE) });
    const last = matrixPage(rows, { q: '', differences: false, page: v.pages });
    expect(last.rows.at(-1)!.name).toBe('agent-199');
  });

  it('finds rows by part of the name, any case', () => {
    const v = matrixPage(rows, { q: ' AGENT-01 ', differences: false, page: 1 });
    expect(v.rows.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, i) => `agent-01${i}`));
    expect(v.pages).toBe(1);
  });

  it('keeps only the rows that are not the same everywhere when asked', () => {
    const v = matrixPage(rows, { q: '', differences: true, page: 1 });
    expect(v.matching).toBe(20);
    expect(v.rows.every((r) => !r.allSame)).toBe(true);
  });

  it('shows the last page for a page past the end, and one empty page when nothing matches', () => {
    expect(matrixPage(rows, { q: '', differences: false, page: 999 }).page).toBe(4);
    expect(matrixPage(rows, { q: 'nothing', differences: false, page: 3 })).toEqual({
      rows: [],
      matching: 0,
      page: 1,
      pages: 1,
    });
  });
});
