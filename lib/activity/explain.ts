import { connectorLabel } from '@/lib/connectors/display-name';
import type { ToolCallLog } from '@/lib/scalekit/activity-types';

/**
 * The one mapping from a tool call's outcome to words support can repeat to a customer, and what to do next.
 * Pure and browser-safe. Codes follow API.md §10 and the emulator's README (inferred upstream: the routes are
 * preview); an unknown code still gets an honest explanation from its tier and the upstream message.
 */
export type NextStep = 'reauth' | 'retry-later' | 'fix-input' | 'grant-access' | 'check-provider' | 'none';

export interface Explanation {
  /** One line for tables and badges. */
  headline: string;
  /** A sentence support can say to the customer. */
  explanation: string;
  /** What support should do, in words. */
  action: string;
  /** Drives the button next to the explanation (reauth: the connect-link button). */
  next: NextStep;
  /** Whose side failed: the tool's provider (Gmail, Slack) or the platform between (Scalekit, the account). */
  tier: 'provider' | 'platform' | null;
}

/** A connector slug as people say it: "gmail" -> "Gmail" (the one map, `connectorLabel`). */
export function providerName(slug: string): string {
  return slug.trim() ? connectorLabel(slug) : 'the connected app';
}

type Input = Pick<ToolCallLog, 'status' | 'errorCode' | 'errorMessage' | 'provider' | 'toolName'>;

const RULES: Record<string, (app: string, l: Input) => Omit<Explanation, 'tier'>> = {
  CONNECTED_ACCOUNT_EXPIRED: (app) => ({
    headline: `${app} authorization expired`,
    explanation: `The user's ${app} authorization had expired, so the agent could not act on their behalf.`,
    action: `Send the user a re-auth link; once they approve ${app} again, the agent's calls will work.`,
    next: 'reauth',
  }),
  CONNECTED_ACCOUNT_PENDING_AUTH: (app) => ({
    headline: `${app} not authorized yet`,
    explanation: `The user had not finished connecting ${app}, so the agent had no access yet.`,
    action: `Send the user a connect link so they can authorize ${app}.`,
    next: 'reauth',
  }),
  CONNECTED_ACCOUNT_PENDING_VERIFICATION: (app) => ({
    headline: `${app} connection awaiting verification`,
    explanation: `The user's ${app} connection was still waiting to be verified, so the agent could not use it.`,
    action: `Send the user a connect link so they can complete the ${app} verification.`,
    next: 'reauth',
  }),
  CONNECTED_ACCOUNT_DISCONNECTED: (app) => ({
    headline: `${app} disconnected`,
    explanation: `The user's ${app} account was disconnected, so the agent had no access.`,
    action: `Send the user a connect link to connect ${app} again.`,
    next: 'reauth',
  }),
  CONNECTED_ACCOUNT_NOT_FOUND: (app) => ({
    headline: `${app} never connected`,
    explanation: `The user has never connected ${app}, so the agent had nothing to act with.`,
    action: `Send the user a connect link so they can connect ${app}.`,
    next: 'reauth',
  }),
  INVALID_TOOL_INPUT: (app, l) => ({
    headline: 'The agent sent invalid input',
    explanation: `The agent called ${l.toolName || `a ${app} tool`} with input the tool does not accept; nothing was sent to ${app}.`,
    action: "This is the agent's bug, not the user's: share the error message with whoever builds the agent.",
    next: 'fix-input',
  }),
  TOOL_NOT_PERMITTED: (app, l) => ({
    headline: 'Tool not allowed for this agent',
    explanation: `The agent's access is read-only, so it was not allowed to run ${l.toolName || `that ${app} tool`}.`,
    action: 'If the agent should be able to do this, an admin issues it a token with write access.',
    next: 'grant-access',
  }),
  TOOL_EXECUTION_TIMEOUT: (app) => ({
    headline: `${app} took too long`,
    explanation: `${app} did not answer in time, so the call was given up.`,
    action: 'Usually temporary: ask the user to try again in a few minutes.',
    next: 'retry-later',
  }),
  PROVIDER_RATE_LIMITED: (app) => ({
    headline: `${app} rate limit`,
    explanation: `${app} refused the call because too many requests were made in a short time.`,
    action: 'Temporary: the agent should wait a minute and try again.',
    next: 'retry-later',
  }),
  PROVIDER_UNAVAILABLE: (app) => ({
    headline: `${app} was unavailable`,
    explanation: `${app} itself was down or overloaded when the agent called it; nothing is wrong with the user's account.`,
    action: `Temporary: try again later, or check ${app}'s status page.`,
    next: 'retry-later',
  }),
  PROVIDER_NOT_FOUND: (app) => ({
    headline: `${app} could not find it`,
    explanation: `${app} answered that what the agent asked for (a message, file or record) does not exist or is not visible to the user.`,
    action: 'Check with the user that the item exists and that their account can see it.',
    next: 'check-provider',
  }),
  PROVIDER_AUTH_REJECTED: (app) => ({
    headline: `${app} rejected the authorization`,
    explanation: `${app} refused the user's authorization: it may have been revoked in ${app}, or lacks a permission the tool needs.`,
    action: `Send the user a re-auth link so they can approve ${app} again with the permissions asked for.`,
    next: 'reauth',
  }),
  PROVIDER_BAD_REQUEST: (app) => ({
    headline: `${app} rejected the request`,
    explanation: `${app} refused what the agent asked it to do as invalid.`,
    action: "Share the error message with whoever builds the agent: the agent's request needs fixing.",
    next: 'fix-input',
  }),
};

export function explainToolCall(l: Input): Explanation {
  const app = providerName(l.provider);
  if (l.status === 'success') {
    return {
      headline: 'Succeeded',
      explanation: `The agent's call to ${app} worked.`,
      action: 'Nothing to do.',
      next: 'none',
      tier: null,
    };
  }
  const tier = l.status === 'provider_error' ? 'provider' : 'platform';
  const rule = l.errorCode ? RULES[l.errorCode.toUpperCase()] : undefined;
  if (rule) return { ...rule(app, l), tier };
  const said = l.errorMessage
    ? ` ${app === 'the connected app' ? 'It' : app} said: "${l.errorMessage}".`
    : '';
  return tier === 'provider'
    ? {
        headline: `${app} returned an error`,
        explanation: `${app} refused or failed the call.${said}`,
        action: 'If it keeps happening, check the error code with whoever builds the agent.',
        next: 'check-provider',
        tier,
      }
    : {
        headline: 'The platform could not run the call',
        explanation: `The call failed before it reached ${app}.${l.errorMessage ? ` The reason given: "${l.errorMessage}".` : ''}`,
        action: 'If it keeps happening, contact Scalekit support with the execution id.',
        next: 'none',
        tier,
      };
}
