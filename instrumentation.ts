/**
 * Runs once when the server starts. Opening the embedded database (PGlite boot plus migrations) takes a few
 * seconds; doing it here means the first person to open a page does not wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb } = await import('@/lib/db/client');
  // A failure is logged and retried on first use (getDb forgets a failed attempt); it must not stop start-up.
  getDb().catch((err: unknown) => {
    console.error(`Database not ready yet: ${err instanceof Error ? err.message : String(err)}`);
  });
}
