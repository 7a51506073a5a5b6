// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EnvironmentProvider } from '@/components/environments/environment-context';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { queryGrid, type GridFilter, type GridSnapshot } from '@/lib/readiness/grid';
import { ReadinessGrid } from './readiness-grid';

// The URL is the grid's state: the grid writes it with history.replaceState (as in the browser, where Next keeps
// useSearchParams in step); this stand-in for Next's hook follows the same address bar, so the test sees every
// change and can start the grid from any URL.
const nav = vi.hoisted(() => {
  let search = new URLSearchParams();
  const listeners = new Set<() => void>();
  return {
    get: () => search,
    reset(query: string) {
      window.history.replaceState(null, '', `/users/readiness${query ? `?${query}` : ''}`);
      search = new URLSearchParams(query);
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    changed() {
      search = new URLSearchParams(window.location.search);
      listeners.forEach((l) => l());
    },
  };
});
vi.mock('next/navigation', async () => {
  const { useSyncExternalStore } = await import('react');
  return {
    useSearchParams: () => useSyncExternalStore(nav.subscribe, nav.get),
    useRouter: () => ({ prefetch: () => undefined }), // components/ui/link.tsx prefetches on hover
  };
});
const replaceState = window.history.replaceState.bind(window.history);
window.history.replaceState = (...args: Parameters<History['replaceState']>) => {
  replaceState(...args);
  nav.changed();
};
// Bulk links is a server action with its own tests; the grid only decides whether to show it.
vi.mock('./bulk-links-button', () => ({ BulkLinksButton: () => null }));

const CONFIGS = [
  { id: 'cfg-a', name: 'email-assistant' },
  { id: 'cfg-b', name: 'sales-agent' },
];
const snapshot = (configId: string): GridSnapshot => ({
  configId,
  configName: configId,
  connections: ['gmail', 'slack'],
  // 25 users: every third is ready everywhere, the rest are pending on slack.
  users: Array.from({ length: 25 }, (_, i) => ({
    identifier: `user-${String(i).padStart(2, '0')}@example.com`,
    statuses: ['ACTIVE', i % 3 === 0 ? 'ACTIVE' : 'PENDING_AUTH'],
  })),
  loadedAt: Date.now(),
  upstreamCalls: 3,
});

// The grid API, answered with the real paging and filtering rules, 10 rows a page.
const requests: URLSearchParams[] = [];
function fakeGridApi(url: string) {
  const p = new URL(url, 'http://console.test').searchParams;
  requests.push(p);
  const body = queryGrid(snapshot(p.get('configId')!), {
    filter: p.get('filter') as GridFilter,
    q: p.get('q') ?? '',
    page: Number(p.get('page')),
    pageSize: 10,
  });
  return Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));
}

const ENVIRONMENT = {
  name: 'development',
  production: false,
  envUrl: 'http://127.0.0.1:9',
  backend: 'emulator' as const,
};

function renderGrid(query: string) {
  nav.reset(query);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <EnvironmentProvider environment={ENVIRONMENT}>
      <QueryClientProvider client={client}>
        <ReadinessGrid configs={CONFIGS} canLinks={false} />
      </QueryClientProvider>
    </EnvironmentProvider>,
  );
}
const lastRequest = () => Object.fromEntries(requests.at(-1)!);
const url = () => Object.fromEntries(nav.get());
const grid = () => screen.findByTestId('readiness-grid');

beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn((u: string) => fakeGridApi(u)),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('readiness grid URL state', () => {
  it('starts from the config, filter, search and page in the URL', async () => {
    renderGrid('config=cfg-b&filter=not-ready&q=user-1&page=2');
    await grid();
    expect((screen.getByLabelText('Config') as HTMLSelectElement).value).toBe('cfg-b');
    expect((screen.getByLabelText('Search identifiers') as HTMLInputElement).value).toBe('user-1');
    expect(screen.getByRole('tab', { name: /^Not ready/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: /^All/ }).getAttribute('aria-selected')).toBe('false');
    expect(lastRequest()).toMatchObject({ configId: 'cfg-b', filter: 'not-ready', q: 'user-1', page: '2' });
    // user-10..19 minus the ready ones (10, 12... every third: 12, 15, 18) = 7 rows: one page only.
    await waitFor(() => expect(screen.getByText('Page 1 of 1')).toBeTruthy());
  });

  it('falls back to the first config, all users and page 1 for missing or bad values', async () => {
    renderGrid('filter=everyone&page=-3');
    await grid();
    expect(lastRequest()).toMatchObject({ configId: 'cfg-a', filter: 'all', q: '', page: '1' });
    expect(screen.getByRole('tab', { name: /^All/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('writes filter, page, config and search back to the URL, resetting the page when the view changes', async () => {
    renderGrid('');
    const table = await grid();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(11));

    fireEvent.click(screen.getByRole('tab', { name: /^Not ready/ }));
    expect(url()).toEqual({ filter: 'not-ready' });
    await waitFor(() => expect(screen.getByText('Page 1 of 2')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(url()).toEqual({ filter: 'not-ready', page: '2' });
    await waitFor(() => expect(lastRequest()).toMatchObject({ filter: 'not-ready', page: '2' }));

    fireEvent.change(screen.getByLabelText('Config'), { target: { value: 'cfg-b' } });
    expect(url()).toEqual({ filter: 'not-ready', config: 'cfg-b' });
    await waitFor(() => expect(screen.getByText('Page 1 of 2')).toBeTruthy());

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(url()).toMatchObject({ page: '2' });
    act(() => {
      fireEvent.change(screen.getByLabelText('Search identifiers'), { target: { value: ' user-2 ' } });
    });
    // The search lands in the URL once typing pauses (trimmed), and sends the view back to page 1.
    await waitFor(() => expect(url()).toEqual({ filter: 'not-ready', config: 'cfg-b', q: 'user-2' }));
    await waitFor(() =>
      expect(lastRequest()).toMatchObject({ configId: 'cfg-b', filter: 'not-ready', q: 'user-2', page: '1' }),
    );

    fireEvent.click(screen.getByRole('tab', { name: /^All/ }));
    expect(url()).toEqual({ config: 'cfg-b', q: 'user-2' });
  });
});
