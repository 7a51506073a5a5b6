import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { OUTCOMES, RANGES } from '@/lib/activity/filters';
import { TOOL_CALL_SOURCES } from '@/lib/scalekit/activity-types';

const OUTCOME_LABEL: Record<(typeof OUTCOMES)[number], string> = {
  all: 'All outcomes',
  failed: 'Failed (any)',
  success: 'Success',
  provider_error: 'Provider error',
  platform_error: 'Platform error',
};

const label = 'block text-xs font-medium text-zinc-600 dark:text-zinc-400';

/** A plain GET form: the filters live in the URL (shareable, back button works) and need no client code. */
export function ActivityFilterForm({ values }: { values: Record<string, string | undefined> }) {
  const pinned = values.from || values.to;
  return (
    <form
      method="get"
      action="/activity"
      className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-3"
    >
      {pinned ? (
        <>
          <input type="hidden" name="from" value={values.from ?? ''} />
          <input type="hidden" name="to" value={values.to ?? ''} />
          <div>
            <span className={label}>Time</span>
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              {values.from ?? '…'} → {values.to ?? 'now'}
            </p>
          </div>
        </>
      ) : (
        <div>
          <label className={label} htmlFor="af-range">
            Time range
          </label>
          <Select id="af-range" name="range" defaultValue={values.range ?? '24h'}>
            {Object.keys(RANGES).map((r) => (
              <option key={r} value={r}>
                Last {r}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div>
        <label className={label} htmlFor="af-outcome">
          Outcome
        </label>
        <Select id="af-outcome" name="outcome" defaultValue={values.outcome ?? 'all'}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABEL[o]}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label className={label} htmlFor="af-user">
          User
        </label>
        <Input id="af-user" name="user" defaultValue={values.user ?? ''} placeholder="identifier" />
      </div>
      <div>
        <label className={label} htmlFor="af-connection">
          Connection
        </label>
        <Input id="af-connection" name="connection" defaultValue={values.connection ?? ''} />
      </div>
      <div>
        <label className={label} htmlFor="af-provider">
          Provider
        </label>
        <Input id="af-provider" name="provider" defaultValue={values.provider ?? ''} placeholder="gmail" />
      </div>
      <div>
        <label className={label} htmlFor="af-run">
          Agent run
        </label>
        <Input id="af-run" name="run" defaultValue={values.run ?? ''} />
      </div>
      <div>
        <label className={label} htmlFor="af-source">
          Source
        </label>
        <Select id="af-source" name="source" defaultValue={values.source ?? ''}>
          <option value="">Any source</option>
          {TOOL_CALL_SOURCES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClass('primary', 'md')}>
          Filter
        </button>
        <Link className={buttonClass('ghost', 'md')} href="/activity">
          Reset
        </Link>
      </div>
    </form>
  );
}
