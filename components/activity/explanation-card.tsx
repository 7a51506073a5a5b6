import { ReauthLink } from '@/components/accounts/reauth-link';
import { Card, CardHeader } from '@/components/ui/card';
import type { Explanation } from '@/lib/activity/explain';

/**
 * The failure in words support can repeat, and the fix right there: for an authorization problem, one auth
 * link for the account that failed (its connection and user), however many configs map that connection.
 */
export function ExplanationCard({
  explanation,
  account,
  canLinks,
}: {
  explanation: Explanation;
  /** The account the call ran as; null when the log names no user or connection. */
  account: { identifier: string; connectionName: string; appName: string } | null;
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
          (account ? (
            <ReauthLink {...account} />
          ) : (
            <p className="text-zinc-500">
              The log names no user or connection for this call, so there is no account to send a link for.
            </p>
          ))}
      </div>
    </Card>
  );
}
