// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import type { ConflictDetails } from '@/lib/configs/save';
import type { ConfigDraft } from '@/lib/configs/schema';

// The server boundary: actions are replaced, everything the browser runs (diff, re-apply, dialogs) is real.
const updateConfigAction = vi.fn();
vi.mock('@/lib/configs/actions/update-config', () => ({ updateConfigAction }));
vi.mock('@/lib/configs/actions/create-config', () => ({ createConfigAction: vi.fn() }));
vi.mock('@/lib/configs/actions/config-impact', () => ({
  configImpactAction: async () => ({
    ok: true,
    data: { users: 3, readyNow: 2, wouldStopBeingReady: 1, recentTokens: 4 },
  }),
}));
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), refresh }) }));

const catalog: Record<string, string[]> = {
  slack: ['slack_a', 'slack_b', 'slack_c'],
  gmail: ['gmail_a', 'gmail_b'],
};

beforeAll(() => {
  // jsdom lacks the native <dialog> modal API, scrollIntoView and ResizeObserver.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
  Element.prototype.scrollIntoView = () => {};
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  vi.stubGlobal('fetch', async (url: string) => {
    const connection = decodeURIComponent(url.split('/catalog/')[1] ?? '');
    const tools = (catalog[connection] ?? []).map((name) => ({
      name,
      description: '',
      readOnly: true,
      params: [],
    }));
    return new Response(JSON.stringify({ tools }), { status: 200 });
  });
});
afterEach(() => {
  cleanup();
  updateConfigAction.mockReset();
});

const base: ConfigDraft = {
  description: 'v1',
  mappings: [{ connectionName: 'slack', allTools: true, tools: [] }],
};
const theirs: ConfigDraft = {
  description: 'v1',
  mappings: [
    { connectionName: 'gmail', allTools: false, tools: ['gmail_a'] },
    { connectionName: 'slack', allTools: true, tools: [] },
  ],
};

async function renderEditor() {
  const { ConfigEditor } = await import('./config-editor');
  const { SavedDescription } = await import('./saved-description');
  const { configKeys } = await import('./queries');
  // What the page hands over: the saved version, under the key the editor and the header read.
  const qc = new QueryClient();
  qc.setQueryData(configKeys.detail('cfg_1'), { snapshot: base, hash: 'base-hash' });
  const connections = ['slack', 'gmail'].map((name) => ({
    name,
    provider: name,
    status: 'ACTIVE',
    enabled: true,
  }));
  const { EnvironmentProvider } = await import('@/components/environments/environment-context');
  render(
    <EnvironmentProvider
      environment={{
        name: 'development',
        production: false,
        envUrl: 'http://127.0.0.1:9',
        backend: 'emulator' as const,
      }}
    >
      <QueryClientProvider client={qc}>
        <ToastProvider>
          <p data-testid="header-description">
            <SavedDescription configId="cfg_1" />
          </p>
          <ConfigEditor
            mode="edit"
            configId="cfg_1"
            name="agent"
            connections={connections}
            readOnly={false}
          />
        </ToastProvider>
      </QueryClientProvider>
    </EnvironmentProvider>,
  );
}

async function reviewAndSave() {
  fireEvent.click(screen.getByRole('button', { name: 'Review and save' }));
  const dialog = await screen.findByRole('dialog', { hidden: true });
  await within(dialog).findByTestId('impact');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
}

describe('ConfigEditor conflict flow', () => {
  it('shows the other change after a refused save, then re-applies my edits on top of it and saves against theirs', async () => {
    const conflict: ConflictDetails = { kind: 'conflict', theirs, theirsHash: 'theirs-hash' };
    updateConfigAction.mockResolvedValueOnce({
      ok: false,
      error: 'agent changed on the server',
      details: conflict,
    });
    await renderEditor();
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'mine' } });
    await reviewAndSave();

    const report = await screen.findByTestId('conflict');
    // The other change, as agents see it: gmail added with one tool.
    expect((await within(report).findByTestId('diff-gmail')).textContent).toContain('+1 tool');
    expect(updateConfigAction).toHaveBeenCalledWith(expect.objectContaining({ baseHash: 'base-hash' }));

    fireEvent.click(within(report).getByRole('button', { name: 'Re-apply my edits on top' }));
    expect(screen.queryByTestId('conflict')).toBeNull();
    expect((screen.getByLabelText('Description') as HTMLInputElement).value).toBe('mine');
    expect(screen.getByTestId('mapping-gmail')).toBeTruthy();

    updateConfigAction.mockResolvedValueOnce({
      ok: true,
      data: {
        id: 'cfg_1',
        name: 'agent',
        hash: 'saved',
        snapshot: { ...theirs, description: 'mine' },
        summary: '',
      },
    });
    await reviewAndSave();
    await waitFor(() => expect(updateConfigAction).toHaveBeenCalledTimes(2));
    expect(updateConfigAction.mock.calls[1]![0]).toMatchObject({
      id: 'cfg_1',
      baseHash: 'theirs-hash',
      description: 'mine',
      mappings: theirs.mappings,
    });
    expect(await screen.findByText('No unsaved changes')).toBeTruthy();
    // One update path: what the action returned is the new version everywhere on the page (the header too),
    // without reloading the page from the server.
    expect(screen.getByTestId('header-description').textContent).toBe('mine');
    expect(refresh).not.toHaveBeenCalled();
  });
});
