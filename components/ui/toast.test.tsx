// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { toast as sonner } from 'sonner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider, useToast, type ToastApi } from './toast';

// jsdom has no matchMedia; the toaster asks it whether the system theme is dark.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
  }) as unknown as MediaQueryList;

let api: ToastApi;
function Grab() {
  api = useToast();
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  render(
    <ToastProvider>
      <Grab />
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
const show = (fn: () => void) => {
  act(fn);
  wait(0);
};
const shown = (text: string) => screen.queryByText(text) !== null;

describe('toasts', () => {
  it('keep an error on screen until its close button is pressed', () => {
    show(() => api.error('Save failed: the config changed meanwhile'));
    wait(10 * 60_000);
    expect(shown('Save failed: the config changed meanwhile')).toBe(true);
    const toastEl = screen.getByText('Save failed: the config changed meanwhile').closest('li')!;
    const close = toastEl.querySelector('button[aria-label="Dismiss notification"]') as HTMLButtonElement;
    expect(close).not.toBeNull();
    act(() => fireEvent.click(close));
    wait(1000); // the exit animation
    expect(shown('Save failed: the config changed meanwhile')).toBe(false);
  });

  it('let a success fade by itself, with a close button too', () => {
    show(() => api.success('Saved'));
    expect(shown('Saved')).toBe(true);
    const toastEl = screen.getByText('Saved').closest('li')!;
    expect(toastEl.querySelector('button[aria-label="Dismiss notification"]')).not.toBeNull();
    wait(7000);
    expect(shown('Saved')).toBe(false);
  });

  it('pause while the pointer is over them', () => {
    show(() => api.success('Cloned'));
    const list = screen.getByText('Cloned').closest('ol')!;
    act(() => fireEvent.mouseEnter(list));
    wait(20_000);
    expect(shown('Cloned')).toBe(true);
    act(() => fireEvent.mouseLeave(list));
    wait(7000);
    expect(shown('Cloned')).toBe(false);
  });

  it('are announced: they render inside a labelled polite live region', () => {
    show(() => api.info('Link copied'));
    const region = screen.getByText('Link copied').closest('[aria-live]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('aria-label')).toMatch(/^Notifications/);
  });
});
