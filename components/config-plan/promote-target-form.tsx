import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Field, Select } from '@/components/ui/field';
import { envPath } from '@/lib/environments/paths';

/**
 * Where to promote to: a plain GET form (the choice is in the address, so a review can be reloaded or shared),
 * offering every other environment where the person may write configs.
 */
export function PromoteTargetForm({
  source,
  configs,
  targets,
  chosen,
}: {
  source: string;
  configs: string[];
  targets: { name: string; production: boolean }[];
  chosen: string | undefined;
}) {
  return (
    <Card>
      <CardHeader
        title={
          configs.length === 1 ? `Promote ${configs[0]}` : `Promote a release of ${configs.length} configs`
        }
        description={configs.length === 1 ? undefined : configs.join(', ')}
      />
      {targets.length === 0 ? (
        <p className="p-5 text-sm text-zinc-500">
          You can promote only to an environment where you are an admin, and you are one in no environment
          other than {source}.
        </p>
      ) : (
        <form
          method="get"
          action={envPath(source, '/configs/promote')}
          className="flex flex-wrap items-end gap-3 p-5"
        >
          <input type="hidden" name="configs" value={configs.join(',')} />
          <div className="min-w-48">
            <Field label="Target environment" htmlFor="promote-to">
              <Select id="promote-to" name="to" defaultValue={chosen ?? targets[0]!.name}>
                {targets.map((t) => (
                  <option key={t.name} value={t.name}>
                    {t.name}
                    {t.production ? ' (production)' : ''}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Button type="submit" variant={chosen ? 'secondary' : 'primary'}>
            {chosen ? 'Review again' : 'Review promotion'}
          </Button>
        </form>
      )}
    </Card>
  );
}
