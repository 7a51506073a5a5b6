// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useActionState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRequiredFields } from './use-required-fields';

afterEach(cleanup);

const MESSAGES = { identifier: 'Enter the user identifier' };

/** A form as the console writes them: a React action, with the browser's check beside it. */
function Harness({ onAction }: { onAction: (form: FormData) => void }) {
  const [state, action] = useActionState(async (_: Record<string, string[]> | undefined, form: FormData) => {
    onAction(form);
    return { identifier: ['Scalekit does not know this user'] };
  }, undefined);
  const required = useRequiredFields(MESSAGES, state);
  return (
    <form action={action} onSubmit={required.onSubmit}>
      <label htmlFor="identifier">User</label>
      <input id="identifier" name="identifier" />
      {required.errors('identifier')?.map((e) => (
        <p key={e} role="alert">
          {e}
        </p>
      ))}
      <button type="submit">Mint token</button>
    </form>
  );
}

describe('useRequiredFields', () => {
  it('says at once what is missing and does not send the form', async () => {
    const onAction = vi.fn();
    render(<Harness onAction={onAction} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mint token' })));
    expect(screen.getByRole('alert').textContent).toBe('Enter the user identifier');
    expect(onAction).not.toHaveBeenCalled();
  });

  it('sends a complete form and then shows what the server said', async () => {
    const onAction = vi.fn();
    render(<Harness onAction={onAction} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mint token' })));
    fireEvent.change(screen.getByLabelText('User'), { target: { value: '  ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mint token' })));
    expect(onAction).not.toHaveBeenCalled(); // blanks are empty too
    fireEvent.change(screen.getByLabelText('User'), { target: { value: 'bob@example.com' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Mint token' })));
    expect(onAction).toHaveBeenCalledOnce();
    expect(onAction.mock.calls[0]![0].get('identifier')).toBe('bob@example.com');
    expect(screen.getByRole('alert').textContent).toBe('Scalekit does not know this user');
  });
});
