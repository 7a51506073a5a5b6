import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';

/** A plain GET form: the filters live in the URL, so a filtered ledger survives reloads and can be shared. */
export function LedgerFilters({ values }: { values: Record<string, string | undefined> }) {
  return (
    <form
      className="grid gap-3 border-b border-zinc-200 p-4 dark:border-zinc-800 sm:grid-cols-5"
      method="get"
    >
      <Input
        name="operator"
        placeholder="Operator email"
        defaultValue={values.operator}
        aria-label="Filter by operator"
      />
      <Input
        name="identifier"
        placeholder="Identifier"
        defaultValue={values.identifier}
        aria-label="Filter by identifier"
      />
      <Input
        name="config"
        placeholder="Config name"
        defaultValue={values.config}
        aria-label="Filter by config"
      />
      <Select name="accessLevel" defaultValue={values.accessLevel ?? ''} aria-label="Filter by access level">
        <option value="">Any access</option>
        <option value="FULL">FULL</option>
        <option value="READ_ONLY">READ_ONLY</option>
      </Select>
      <Button variant="secondary" type="submit">
        Filter
      </Button>
    </form>
  );
}
