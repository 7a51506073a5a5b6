import { cn } from '@/components/ui/cn';
import { Link } from '@/components/ui/link';

const TABS = [
  { href: '/access', label: 'People', id: 'people' },
  { href: '/access/api-keys', label: 'API keys', id: 'api-keys' },
] as const;

/** The access pages, one link each (plain links: they work before JavaScript). */
export function AccessTabs({ current }: { current: (typeof TABS)[number]['id'] }) {
  return (
    <nav aria-label="Access" className="mb-6 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
      {TABS.map((t) => (
        <Link
          key={t.id}
          href={t.href}
          aria-current={t.id === current ? 'page' : undefined}
          className={cn(
            '-mb-px border-b-2 px-3 py-2 text-sm font-medium',
            t.id === current
              ? 'border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300'
              : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100',
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
