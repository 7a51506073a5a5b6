'use client';

import { ErrorState } from '@/components/ui/states';

/** Route errors: a friendly message and a retry, never a stack trace. */
export default function RouteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <ErrorState
        title="This page could not be shown"
        message={`Something failed on our side${error.digest ? ` (reference ${error.digest})` : ''}. Try again; if it keeps happening, check the console's logs.`}
        retry={reset}
      />
    </main>
  );
}
