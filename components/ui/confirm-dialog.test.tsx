// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installDialogPolyfill } from '@/tests/support/dialog-polyfill';
import { ConfirmDialog } from './confirm-dialog';

beforeAll(installDialogPolyfill);
afterEach(cleanup);

function Harness({ onConfirm }: { onConfirm: (typed: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Delete</button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete the slack account?"
        confirmLabel="Delete account"
        typeToConfirm="slack"
        onConfirm={onConfirm}
      >
        This cannot be undone.
      </ConfirmDialog>
    </>
  );
}

const confirmButton = () => screen.getByRole('button', { name: 'Delete account' }) as HTMLButtonElement;
const typed = () => screen.getByLabelText('Type slack to confirm') as HTMLInputElement;

describe('ConfirmDialog with typed confirmation', () => {
  it('keeps confirm disabled until the exact text is typed, then passes it on', () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('dialog', { name: 'Delete the slack account?' })).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
    for (const wrong of ['slac', 'Slack', 'slack ', ' slack']) {
      fireEvent.change(typed(), { target: { value: wrong } });
      expect(confirmButton().disabled, wrong).toBe(true);
    }
    // Enter on a mismatch does nothing either.
    fireEvent.submit(confirmButton().form!);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.change(typed(), { target: { value: 'slack' } });
    expect(confirmButton().disabled).toBe(false);
    fireEvent.click(confirmButton());
    expect(onConfirm).toHaveBeenCalledWith('slack');
  });

  it('starts empty each time it opens, and gives focus back to the button that opened it', () => {
    render(<Harness onConfirm={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Delete' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.change(typed(), { target: { value: 'slack' } });
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(document.activeElement).toBe(opener);
    fireEvent.click(opener);
    expect(typed().value).toBe('');
    expect(confirmButton().disabled).toBe(true);
  });
});
