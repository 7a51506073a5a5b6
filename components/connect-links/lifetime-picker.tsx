'use client';

import { useId } from 'react';
import { LIFETIME_LABELS } from '@/lib/connect-links/lifetimes';

export type Lifetime = keyof typeof LIFETIME_LABELS;

/**
 * How long a connect link stays valid: controlled (`value`, `onChange`), or a form field (`name`,
 * `defaultValue`). Radio groups are per form, so pickers in different forms never share one; a picker outside a
 * form gets a group name of its own.
 */
export function LifetimePicker({
  name,
  value,
  defaultValue,
  onChange,
}: {
  name?: string;
  value?: Lifetime;
  defaultValue?: Lifetime;
  onChange?: (l: Lifetime) => void;
}) {
  const group = useId();
  return (
    <fieldset className="flex flex-wrap gap-4">
      <legend className="mb-1 font-medium">Valid for</legend>
      {(Object.keys(LIFETIME_LABELS) as Lifetime[]).map((l) => (
        <label key={l} className="flex items-center gap-1.5">
          <input
            type="radio"
            name={name ?? group}
            value={l}
            {...(value === undefined
              ? { defaultChecked: defaultValue === l }
              : { checked: value === l, onChange: () => onChange?.(l) })}
          />
          {LIFETIME_LABELS[l]}
        </label>
      ))}
    </fieldset>
  );
}
