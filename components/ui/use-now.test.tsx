// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from './countdown';
import { RelativeTime } from './relative-time';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the shared clock', () => {
  it('drives every countdown and relative time on one interval, and stops it when none is left', () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const clearIntervalSpy = vi.spyOn(globalThis, 'clearInterval');
    const { unmount } = render(
      <>
        <Countdown iso="2026-01-01T12:01:30Z" />
        <Countdown iso="2026-01-01T12:00:05Z" />
        <RelativeTime iso="2026-01-01T11:58:00Z" past />
        <RelativeTime iso="2026-01-01T13:00:00Z" />
      </>,
    );
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);
    const [first, second] = screen.getAllByTestId('countdown');
    expect(first!.textContent).toBe('1m 30s');
    expect(second!.textContent).toBe('5s');
    expect(screen.getByText('2 minutes ago')).toBeTruthy();
    expect(screen.getByText('in 1 hour')).toBeTruthy();

    act(() => vi.advanceTimersByTime(6000));
    expect(first!.textContent).toBe('1m 24s');
    expect(second!.textContent).toBe('expired');
    expect(setIntervalSpy).toHaveBeenCalledTimes(1);

    unmount();
    expect(clearIntervalSpy).toHaveBeenCalledTimes(1);
  });
});
