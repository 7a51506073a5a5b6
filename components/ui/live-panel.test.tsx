// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { livePanel } from './live-panel';

// A panel that needs React Query, as every live panel does: it would throw without a provider.
function Counter({ label }: { label: string }) {
  const q = useQuery({ queryKey: ['live-panel-test', label], queryFn: async () => `${label} loaded` });
  return <p>{q.data ?? `${label} pending`}</p>;
}

afterEach(cleanup);

describe('livePanel', () => {
  it('fetches the code only when rendered, then shows the panel inside React Query and marks it ready', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = vi.fn(async () => {
      await gate;
      return Counter;
    });
    const Live = livePanel(load, <p>skeleton</p>);
    expect(load).not.toHaveBeenCalled(); // defining the panel fetches nothing

    const { container } = render(<Live label="alice" />);
    const frame = container.querySelector('[data-live-panel]')!;
    expect(screen.getByText('skeleton')).toBeTruthy();
    expect(frame.hasAttribute('data-live-ready')).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);

    release();
    expect(await screen.findByText('alice loaded')).toBeTruthy();
    expect(frame.hasAttribute('data-live-ready')).toBe(true);
  });

  it('fetches the code once for every panel of the same kind', async () => {
    const load = vi.fn(async () => Counter);
    const Live = livePanel(load);
    render(
      <>
        <Live label="bob" />
        <Live label="carol" />
      </>,
    );
    expect(await screen.findByText('bob loaded')).toBeTruthy();
    expect(await screen.findByText('carol loaded')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
