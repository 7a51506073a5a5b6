/**
 * Scalekit's connected-accounts flow with the official Node SDK, against the local emulator (or Scalekit):
 * get or create a user's Gmail account, print its authorization link, wait until it is ACTIVE, then run a tool.
 *
 *   npm start   # in the repo: prints the URL and the CA file below
 *   SCALEKIT_ENV_URL=https://localhost:4010 \
 *   SCALEKIT_CLIENT_ID=skc_emulator_demo SCALEKIT_CLIENT_SECRET=skcs_emulator_demo_secret \
 *   NODE_EXTRA_CA_CERTS=.data/emulator-development/tls/ca.pem \
 *   node examples/node/connected-accounts.mjs
 *
 * With SCALEKIT_ENV_URL=http://localhost:4010 the SDK speaks cleartext HTTP/2 and needs no certificate.
 */
import { ScalekitClient } from '@scalekit-sdk/node';

const scalekit = new ScalekitClient(
  process.env.SCALEKIT_ENV_URL,
  process.env.SCALEKIT_CLIENT_ID,
  process.env.SCALEKIT_CLIENT_SECRET,
);
const identifier = process.env.GUIDE_USER ?? 'node-guide@example.com';
const connectionName = process.env.GUIDE_CONNECTION ?? 'MY_GMAIL';

const { connectedAccount } = await scalekit.actions.getOrCreateConnectedAccount({
  connectionName,
  identifier,
});
console.log(`${connectionName} for ${identifier}: ${connectedAccount.id}`);

// Status 1 is ACTIVE (scalekit.v1.connected_accounts.ConnectorStatus).
let account = connectedAccount;
if (account.status !== 1) {
  const { link } = await scalekit.actions.getAuthorizationLink({ connectionName, identifier });
  console.log(`open this link and press Allow: ${link}`);
  while (account.status !== 1) {
    await new Promise((r) => setTimeout(r, 2000));
    ({ connectedAccount: account } = await scalekit.actions.getConnectedAccount({
      connectionName,
      identifier,
    }));
  }
}

const { connectedAccounts } = await scalekit.actions.listConnectedAccounts({ identifier });
console.log(`${identifier} has ${connectedAccounts.length} connected account(s)`);

const result = await scalekit.actions.executeTool({
  toolName: 'gmail_fetch_mails',
  identifier,
  connector: connectionName,
  toolInput: { max_results: 3 },
});
console.log(`execution ${result.executionId}:`, JSON.stringify(result.data, null, 2));
