'use client';

import { usePathname, useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';

/** Filters live in the URL, so a filtered view can be shared and survives reloads. */
export function AuditFilters({
  values,
  actions,
  environments,
  showActor,
}: {
  values: Record<string, string | undefined>;
  actions: string[];
  /** The environments the viewer works in; `console` files what concerns the console itself (keys, sessions). */
  environments: string[];
  showActor: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <form
      // As many columns as fit, each at least 11rem: nothing overflows the card at any width (a fixed 6-column
      // grid pushed the date and the button out of it between 1,024 and 1,400 px).
      className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const params = new URLSearchParams();
        for (const [k, v] of data) if (typeof v === 'string' && v.trim()) params.set(k, v.trim());
        router.push(`${pathname}?${params}`);
      }}
    >
      {showActor && (
        <Input name="actor" placeholder="Person (email)" defaultValue={values.actor} aria-label="Person" />
      )}
      <Select name="environment" defaultValue={values.environment ?? ''} aria-label="Environment">
        <option value="">All environments</option>
        {environments.map((e) => (
          <option key={e} value={e}>
            {e}
          </option>
        ))}
        <option value="console">The console itself</option>
      </Select>
      <Select name="action" defaultValue={values.action ?? ''} aria-label="Action">
        <option value="">All actions</option>
        {actions.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </Select>
      <Input name="target" placeholder="Target" defaultValue={values.target} aria-label="Target" />
      <Select name="outcome" defaultValue={values.outcome ?? ''} aria-label="Outcome">
        <option value="">All outcomes</option>
        <option value="success">Success</option>
        <option value="failure">Failure</option>
        <option value="denied">Denied</option>
      </Select>
      <Input name="from" type="date" defaultValue={values.from} aria-label="From" />
      <Input name="to" type="date" defaultValue={values.to} aria-label="To" />
      <div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </div>
    </form>
  );
}
