import { buttonClass } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import type { CompareTab } from '@/lib/compare/page-params';

const LABELS: Record<CompareTab, string> = { configs: 'Configs', connections: 'Connections' };

/** The two views as links (each is an address of its own), the current one marked for assistive technology. */
export function CompareTabs({
  tab,
  hrefOf,
  counts,
}: {
  tab: CompareTab;
  hrefOf: (tab: CompareTab) => string;
  counts: Record<CompareTab, number>;
}) {
  return (
    <nav aria-label="Compare" className="flex gap-1">
      {(Object.keys(LABELS) as CompareTab[]).map((t) => (
        <Link
          key={t}
          href={hrefOf(t)}
          aria-current={t === tab ? 'page' : undefined}
          className={buttonClass(t === tab ? 'primary' : 'ghost', 'sm')}
        >
          {LABELS[t]} ({counts[t].toLocaleString('en-US')})
        </Link>
      ))}
    </nav>
  );
}
