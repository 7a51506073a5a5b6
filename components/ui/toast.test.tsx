// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { toast as sonner } from 'sonner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider, useToast } from './toast';

const ERROR = 'Save failed: the config changed meanwhile';
// Buttons that raise one toast of each kind through the app's own hook.
function Harness() {
  const toast = useToast();
  return (
    <>
      <button onClick={() => toast.error(ERROR)}>error</button>
      <button onClick={() => toast.success('Saved')}>success</button>
      <button onClick={() => toast.info('Link copied')}>info</button>
    </>
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  render(
    <ToastProvider>
      <Harness />
    </ToastProvider>,
  );
});
afterEach(() => {
  act(() => sonner.dismiss());
  act(() => vi.advanceTimersByTime(1000));
  cleanup();
  vi.useRealTimers();
});

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
// sonner renders a new toast on the next tick.
const show = (kind: 'error' | 'success' | 'info') => {
  act(() => fireEvent.click(screen.getByRole('button', { name: kind })));
  wait(0);
};
const shown = (text: string) => screen.queryByText(text) !== null;

describe('toasts', () => {
  it('keep an error on screen until its close button is pressed', () => {
    show('error');
    wait(10 * 60_000);
    expect(shown(ERROR)).toBe(true);
    const toastEl = screen.getByText(ERROR).closest('li')!;
    const close = toastEl.querySelector('button[aria-label="Dismiss notification"]') as HTMLButtonElement;
    expect(close).not.toBeNull();
    act(() => fireEvent.click(close));
    wait(1000); // the exit animation
    expect(shown(ERROR)).toBe(false);
  });

  it('let a success fade by itself, with a close button too', () => {
    show('success');
    expect(shown('Saved')).toBe(true);
    const toastEl = screen.getByText('Saved').closest('li')!;
    expect(toastEl.querySelector('button[aria-label="Dismiss notification"]')).not.toBeNull();
    wait(7000);
    expect(shown('Saved')).toBe(false);
  });

  it('pause while the pointer is over them', () => {
    show('success');
    const list = screen.getByText('Saved').closest('ol')!;
    act(() => fireEvent.mouseEnter(list));
    wait(20_000);
    expect(shown('Saved')).toBe(true);
    act(() => fireEvent.mouseLeave(list));
    wait(7000);
    expect(shown('Saved')).toBe(false);
  });

  it('are announced: they render inside a labelled polite live region', () => {
    show('info');
    const region = screen.getByText('Link copied').closest('[aria-live]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-label')).toMatch(/^Notifications/);
  });
});
