import { buttonClass } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { CompareSearch } from '@/lib/compare/page-params';

/**
 * Search and "only differences", as a plain GET form: it works before JavaScript and the result is a link.
 * The tab and baseline ride along as hidden fields; a new search starts at page 1.
 */
export function CompareSearchForm({ search, baseline }: { search: CompareSearch; baseline: string }) {
  const noun = search.tab === 'configs' ? 'configs' : 'connections';
  return (
    <form method="get" action="/compare" className="flex flex-wrap items-center gap-3" role="search">
      <input type="hidden" name="tab" value={search.tab} />
      <input type="hidden" name="baseline" value={baseline} />
      <Input
        name="q"
        type="search"
        defaultValue={search.q}
        maxLength={100}
        placeholder={`Search ${noun} by name`}
        aria-label={`Search ${noun} by name`}
        className="max-w-xs"
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="differences" value="1" defaultChecked={search.differences === '1'} />
        Only differences
      </label>
      <button type="submit" className={buttonClass('secondary')}>
        Search
      </button>
    </form>
  );
}
