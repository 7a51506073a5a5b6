import { ConnectLinkButton } from '@/components/connect-links/connect-link-dialog';
import { Card, CardHeader } from '@/components/ui/card';
import type { Explanation } from '@/lib/activity/explain';

/**
 * The failure in words support can repeat, and the fix right there: for an authorization problem, the
 * connect-link button of each config that maps the connection (usually one).
 */
export function ExplanationCard({
  explanation,
  identifier,
  reauthConfigs,
  canLinks,
}: {
  explanation: Explanation;
  identifier: string;
  reauthConfigs: { id: string; name: string }[];
  canLinks: boolean;
}) {
  const tierWords =
    explanation.tier === 'provider'
      ? 'The app the agent called answered with an error.'
      : explanation.tier === 'platform'
        ? 'The call was stopped before it reached the app.'
        : null;
  return (
    <Card className="mb-4" data-testid="explanation">
      <CardHeader title={explanation.headline} description={tierWords} />
      <div className="space-y-3 px-5 py-4 text-sm">
        <p>
          <span className="font-medium">What to tell the customer: </span>
          {explanation.explanation}
        </p>
        <p>
          <span className="font-medium">What to do: </span>
          {explanation.action}
        </p>
        {explanation.next === 'reauth' &&
          canLinks &&
          (reauthConfigs.length ? (
            <div className="flex flex-wrap items-center gap-3">
              {reauthConfigs.map((c) => (
                <span key={c.id} className="flex items-center gap-2">
                  {reauthConfigs.length > 1 && <span className="text-zinc-500">{c.name}:</span>}
                  <ConnectLinkButton identifier={identifier} configId={c.id} configName={c.name} />
                </span>
              ))}
            </div>
          ) : (
            <p className="text-zinc-500">
              No MCP config maps this connection any more, so there is no connect link to send.
            </p>
          ))}
      </div>
    </Card>
  );
}
