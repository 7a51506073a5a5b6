// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkResult } from './link-result';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('LinkResult', () => {
  it('offers the copy button while the link lives, then says it expired and offers nothing to copy', () => {
    render(
      <LinkResult url="https://x.test/connect/abc" expiresAt="2026-01-01T12:00:05Z" label="auth link" />,
    );
    expect(screen.getByRole('button', { name: 'Copy auth link' })).toBeTruthy();
    expect(screen.getByTestId('countdown').textContent).toBe('5s');

    act(() => vi.advanceTimersByTime(6000));
    expect(screen.queryByRole('button', { name: 'Copy auth link' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('This auth link has expired; make a new one.');
    expect(screen.queryByText(/expires in/)).toBeNull();
  });

  it('once used, it says so and offers nothing to copy, though it has time left', () => {
    render(
      <LinkResult
        url="https://x.test/connect/abc"
        expiresAt="2026-01-01T12:10:00Z"
        label="auth link"
        usedBy="Gmail is connected"
      />,
    );
    expect(screen.queryByRole('button', { name: 'Copy auth link' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'This auth link was used: Gmail is connected. Make a new one if it is needed again.',
    );
  });
});
