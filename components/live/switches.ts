/**
 * The live layer's two URL switches for tests and benchmarks, read in the browser: `?poll=<ms>` slows the
 * fallback polling (never speeds it up: the rule takes the larger interval), `?push=off` keeps the page on
 * polling alone.
 */
const param = (name: string) =>
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name);

export function pollFloorMs(): number | undefined {
  const n = Number(param('poll'));
  return Number.isFinite(n) && n > 0 ? Math.min(n, 3_600_000) : undefined;
}

export const pushDisabled = () => param('push') === 'off';
