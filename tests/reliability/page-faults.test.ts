/**
 * The fault suite for pages: each console page rendered on the server as it would be for a request, with the
 * emulator's fault controls making Scalekit slow, rate-limited, down or answering garbage. Asserts what the
 * person sees (a message inside the console, never the generic error page), a 404 page for an unknown config,
 * and how many upstream calls a page made.
 */
import { createElement, isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestEmulator } from '@/emulator/test/helpers';
import {
  AppRouterContext,
  type AppRouterInstance,
} from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { SearchParamsContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime';
import { Providers } from '@/app/providers';
import { POLL_INTERVAL_MS } from '@/components/live/poll-policy';
import { QueryProvider } from '@/components/live/query-provider';
import { EnvironmentProvider } from '@/components/environments/environment-context';
import { runAsUser } from '@/lib/auth/test-user';
import { ADMIN, startConsoleEnv, SUPPORT } from '../support/console-env';

let emu: TestEmulator;
let configId: string;
let connectToken: string;
beforeAll(async () => {
  emu = await startConsoleEnv();
  const r = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = r.body.configs[0]!.id;
  const { createConnectLinkAction } = await import('@/lib/connect-links/actions/create-connect-link');
  const made = await runAsUser(SUPPORT, () =>
    createConnectLinkAction({ identifier: 'page-faults@example.com', configId, lifetime: '1h' }),
  );
  if (!made.ok) throw new Error(made.error);
  connectToken = made.data.url.split('/connect/')[1]!;
});
afterAll(() => emu.stop());
afterEach(async () => {
  await emu.control('DELETE', '/faults');
});

const fault = async (body: Record<string, unknown>) => {
  const r = await emu.control<{ id?: string }>('POST', '/faults', body);
  if (!r.id) throw new Error(`the emulator refused the fault ${JSON.stringify(body)}`);
};
const total = async () => (await emu.control<{ total: number }>('GET', '/counters')).total;

type PageFn = (props: { params: Promise<object>; searchParams: Promise<object> }) => Promise<ReactElement>;
interface PageCase {
  name: string;
  load: () => Promise<{ default: unknown }>;
  params?: () => Record<string, string>;
  /** The upstream paths this page reads: the fault is put on them. */
  upstream: string;
  /** Who opens it: support unless the page needs more (tokens) or is public (null). */
  as?: typeof ADMIN | typeof SUPPORT | null;
}

const PAGES: PageCase[] = [
  {
    name: 'configs list',
    load: () => import('@/app/(console)/[env]/configs/page'),
    upstream: '/api/v1/mcp/configs*',
  },
  {
    name: 'config page',
    load: () => import('@/app/(console)/[env]/configs/[id]/page'),
    params: () => ({ id: configId }),
    upstream: '/api/v1/mcp/configs*',
  },
  {
    name: 'config history',
    load: () => import('@/app/(console)/[env]/configs/[id]/history/page'),
    params: () => ({ id: configId }),
    upstream: '/api/v1/mcp/configs*',
  },
  {
    name: 'user page',
    load: () => import('@/app/(console)/[env]/users/[identifier]/page'),
    params: () => ({ identifier: 'page-faults@example.com' }),
    upstream: '/api/v1/connected_accounts*',
  },
  {
    name: 'readiness',
    load: () => import('@/app/(console)/[env]/users/readiness/page'),
    upstream: '/api/v1/mcp/configs*',
  },
  {
    name: 'tokens',
    load: () => import('@/app/(console)/[env]/tokens/page'),
    upstream: '/api/v1/mcp/configs*',
    as: ADMIN,
  },
  {
    name: 'connect page',
    load: () => import('@/app/connect/[token]/page'),
    params: () => ({ token: connectToken }),
    upstream: '/api/v1/connected_accounts*',
    as: null,
  },
];

/** The page's HTML as the person would read it; a thrown error here is what becomes Next's generic error page. */
async function render(p: PageCase, who?: typeof ADMIN | typeof SUPPORT): Promise<string> {
  const Page = (await p.load()).default as PageFn;
  const el = await runAsUser(who ?? (p.as === undefined ? SUPPORT : p.as), () =>
    Page({ params: Promise.resolve({ env: 'default', ...p.params?.() }), searchParams: Promise.resolve({}) }),
  );
  expect(isValidElement(el)).toBe(true);
  // The app's own providers, as the layouts wrap every page (toasts from the root layout, React Query from the
  // console's and the connect page's), and an idle router for client components that navigate (nothing
  // navigates during a server render) with empty search params (views read them).
  const idle = () => undefined;
  const router = {
    ...{ back: idle, forward: idle, refresh: idle, push: idle, replace: idle, prefetch: idle },
  } as unknown as AppRouterInstance;
  return renderToStaticMarkup(
    createElement(
      AppRouterContext.Provider,
      { value: router },
      createElement(
        SearchParamsContext.Provider,
        { value: new URLSearchParams() },
        createElement(
          Providers,
          null,
          createElement(
            EnvironmentProvider,
            { environment: ENVIRONMENT },
            createElement(QueryProvider, null, el),
          ),
        ),
      ),
    ),
  );
}

// The environment every page here works in (as its layout provides it).
const ENVIRONMENT = {
  name: 'default',
  production: false,
  envUrl: 'http://emulator',
  backend: 'emulator' as const,
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('pages under upstream faults', () => {
  it.each(PAGES.map((p) => [p.name, p] as const))('%s renders when Scalekit answers', async (_n, p) => {
    const html = text(await render(p));
    expect(html).not.toMatch(/could not load|not answering|something went wrong/i);
  });

  const FAULTS = [
    ['503', { status: 503 }],
    ['500', { status: 500 }],
    ['a malformed body', { malformed_body: true }],
    ['a dropped connection', { drop_connection: true }],
  ] as const;

  for (const p of PAGES) {
    it.each(FAULTS)(`${p.name}: upstream %s is a message inside the page`, async (_f, f) => {
      await fault({ path: p.upstream, ...f });
      const html = text(await render(p));
      if (p.as === null) {
        // End users are told it is not them, in plain words, without upstream detail.
        expect(html).toContain('We could not load your connections');
      } else {
        expect(html).toMatch(/Could not load/);
        expect(html).toContain('Scalekit is not answering');
        if (p.as !== ADMIN) expect(html).not.toContain(emu.url); // support never sees the internal URL
      }
      expect(html).not.toMatch(/something went wrong/i);
    });
  }

  it.each(PAGES.filter((p) => p.as !== null).map((p) => [p.name, p] as const))(
    '%s: a 429 says when to retry, after bounded retries',
    async (_n, p) => {
      await fault({ path: p.upstream, status: 429, retry_after: 1 });
      await emu.control('DELETE', '/counters');
      const html = text(await render(p));
      expect(html).toMatch(/try again in 1 s/);
      // One page load makes at most a few reads, each retried at most 3 times: never an unbounded loop.
      expect(await total()).toBeLessThanOrEqual(12);
    },
  );

  it('admins see the internal URL on a network failure; support does not', async () => {
    const p = PAGES.find((x) => x.name === 'configs list')!;
    await fault({ path: p.upstream, drop_connection: true });
    expect(text(await render(p, ADMIN))).toContain(emu.url);
    expect(text(await render(p, SUPPORT))).not.toContain(emu.url);
  });

  it('slow upstream answers still render the page', async () => {
    const p = PAGES.find((x) => x.name === 'config page')!;
    await fault({ path: p.upstream, latency_ms: 300 });
    expect(text(await render(p))).not.toMatch(/could not load/i);
  });

  it.each([
    ['config page', () => import('@/app/(console)/[env]/configs/[id]/page')],
    ['config history', () => import('@/app/(console)/[env]/configs/[id]/history/page')],
  ])('%s of an unknown config is the 404 page', async (_n, load) => {
    const Page = (await load()).default as PageFn;
    const err = await runAsUser(ADMIN, () =>
      Page({
        params: Promise.resolve({ env: 'default', id: 'config_does_not_exist' }),
        searchParams: Promise.resolve({}),
      }),
    ).then(
      () => undefined,
      (e: unknown) => e as { digest?: string },
    );
    expect(err?.digest).toMatch(/404/);
  });

  it('the connect page recovers at the next load once Scalekit answers again', async () => {
    const p = PAGES.find((x) => x.name === 'connect page')!;
    await fault({ path: p.upstream, status: 503 });
    expect(text(await render(p))).toContain('We could not load your connections');
    await emu.control('DELETE', '/faults');
    // A failure is kept only briefly (so a failing upstream is not hammered by every viewer); the next poll,
    // one interval later, shows the connections again.
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    expect(text(await render(p))).not.toContain('We could not load your connections');
  });
});
