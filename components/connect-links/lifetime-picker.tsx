'use client';

import { useId } from 'react';
import { LIFETIME_LABELS } from '@/lib/connect-links/lifetimes';

export type Lifetime = keyof typeof LIFETIME_LABELS;

/** How long a connect link stays valid. One radio group per picker: several dialogs live on one page. */
export function LifetimePicker({ value, onChange }: { value: Lifetime; onChange: (l: Lifetime) => void }) {
  const group = useId();
  return (
    <fieldset className="flex flex-wrap gap-4">
      <legend className="mb-1 font-medium">Valid for</legend>
      {(Object.keys(LIFETIME_LABELS) as Lifetime[]).map((l) => (
        <label key={l} className="flex items-center gap-1.5">
          <input type="radio" name={group} value={l} checked={value === l} onChange={() => onChange(l)} />
          {LIFETIME_LABELS[l]}
        </label>
      ))}
    </fieldset>
  );
}
