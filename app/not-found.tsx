import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import { notFoundReason } from '@/lib/request/not-found-reason';

export default function NotFound() {
  // A page that refused its address says why (pageContext); anything else is simply not there.
  const reason = notFoundReason();
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="text-2xl font-semibold">{reason ? 'This address is not valid' : 'Page not found'}</h1>
      <p className="max-w-md text-sm text-zinc-500" data-testid="not-found-reason">
        {reason ?? 'The page you asked for does not exist, or it was deleted.'}
      </p>
      <Link href="/" className={buttonClass('secondary', 'md', 'mt-2')}>
        Back to the console
      </Link>
    </main>
  );
}
