// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToastProvider, useToast } from './toast';

// sonner is not in the page's first load: it arrives after the load event or at the first toast. A toast raised
// before then must not be lost. This file runs alone so the module has not loaded sonner yet.
function Harness() {
  const toast = useToast();
  return (
    <>
      <button onClick={() => toast.error('first')}>one</button>
      <button onClick={() => toast.success('second')}>two</button>
    </>
  );
}

afterEach(cleanup);

describe('toasts raised before sonner has loaded', () => {
  it('are all shown once it arrives', async () => {
    render(
      <ToastProvider>
        <Harness />
      </ToastProvider>,
    );
    expect(document.querySelector('[aria-label^="Notifications"]')).toBeNull(); // no Toaster yet
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'one' }));
      fireEvent.click(screen.getByRole('button', { name: 'two' }));
    });
    expect(await screen.findByText('first')).toBeTruthy();
    expect(await screen.findByText('second')).toBeTruthy();
  });
});
