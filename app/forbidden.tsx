import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-amber-700 dark:text-amber-400">403</p>
      <h1 className="text-2xl font-semibold">Not available for your role</h1>
      <p className="max-w-md text-sm text-zinc-500">
        This page needs permissions your role does not have. Ask an admin if you need access.
      </p>
      <Link href="/" className={buttonClass('secondary', 'md', 'mt-2')}>
        Back to the console
      </Link>
    </main>
  );
}
