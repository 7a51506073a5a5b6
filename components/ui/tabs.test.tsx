// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './tabs';

const ITEMS = [
  { value: 'all', label: 'All' },
  { value: 'expired', label: 'Expired' },
  { value: 'pending', label: 'Pending' },
] as const;

function Harness({ initial = 'all' as string }) {
  const [value, setValue] = useState(initial);
  return <Tabs label="Filter" items={ITEMS} value={value as 'all'} onChange={setValue} />;
}

afterEach(cleanup);
const tab = (name: string) => screen.getByRole('tab', { name });
const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true');

describe('Tabs', () => {
  it('is one tab stop: only the selected tab is in the tab order', () => {
    render(<Harness initial="expired" />);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('arrow keys, Home and End move focus and select, wrapping at the ends', () => {
    render(<Harness />);
    tab('All').focus();
    fireEvent.keyDown(tab('All'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Expired'));
    expect(selected()).toEqual([tab('Expired')]);
    fireEvent.keyDown(tab('Expired'), { key: 'End' });
    expect(selected()).toEqual([tab('Pending')]);
    fireEvent.keyDown(tab('Pending'), { key: 'ArrowRight' });
    expect(selected()).toEqual([tab('All')]);
    fireEvent.keyDown(tab('All'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Pending'));
    fireEvent.keyDown(tab('Pending'), { key: 'Home' });
    expect(selected()).toEqual([tab('All')]);
    expect(tab('All').tabIndex).toBe(0);
  });

  it('stays reachable when the value matches no tab', () => {
    render(<Harness initial="gone" />);
    expect(tab('All').tabIndex).toBe(0);
  });
});
