/**
 * An app using the unmodified official Node SDK (@scalekit-sdk/node) against the emulator, run as its own process
 * because NODE_EXTRA_CA_CERTS (trust in the emulator's local CA) is read only when Node starts. Prints one JSON
 * report. Usage: node node-sdk-flow.mjs <https env url> <http env url> <client id> <client secret>
 */
import { ScalekitClient, ScalekitNotFoundException } from '@scalekit-sdk/node';

const [httpsUrl, httpUrl, clientId, clientSecret] = process.argv.slice(2);
const report = {};
const sk = new ScalekitClient(httpsUrl, clientId, clientSecret);
const identifier = 'node-sdk@example.com';

const created = await sk.actions.getOrCreateConnectedAccount({ connectionName: 'MY_GMAIL', identifier });
const again = await sk.actions.getOrCreateConnectedAccount({ connectionName: 'MY_GMAIL', identifier });
report.created = {
  id: created.connectedAccount?.id,
  status: created.connectedAccount?.status,
  againId: again.connectedAccount?.id,
};

const { link } = await sk.actions.getAuthorizationLink({ connectionName: 'MY_GMAIL', identifier });
report.link = link;
// The end user presses Allow on the hosted page: the page's own form, posted as a browser would.
const page = await fetch(link, { method: 'POST', body: new URLSearchParams({ decision: 'allow' }) });
report.allowStatus = page.status;

const after = await sk.actions.getConnectedAccount({ connectionName: 'MY_GMAIL', identifier });
report.afterAllow = after.connectedAccount?.status;

const list = await sk.actions.listConnectedAccounts({ identifier });
report.list = list.connectedAccounts.map((a) => ({ id: a.id, connector: a.connector, status: a.status }));

const executed = await sk.actions.executeTool({
  toolName: 'gmail_fetch_mails',
  identifier,
  connector: 'MY_GMAIL',
  toolInput: { max_results: 2 },
});
report.executed = { executionId: executed.executionId, data: executed.data };

try {
  await sk.actions.getConnectedAccount({ connectionName: 'MY_GMAIL', identifier: 'nobody@example.com' });
  report.notFound = 'no error';
} catch (err) {
  report.notFound = {
    name: err.name,
    grpcStatus: err.grpcStatus,
    httpStatus: err.httpStatus,
    errorCode: err.errorCode,
    isSdkNotFound: err instanceof ScalekitNotFoundException,
  };
}

// The same SDK on the plain http:// URL speaks cleartext HTTP/2 (h2c) to the same port: no certificate needed.
const plain = new ScalekitClient(httpUrl, clientId, clientSecret);
const viaH2c = await plain.actions.listConnectedAccounts({ identifier });
report.h2cCount = viaH2c.connectedAccounts.length;

console.log(JSON.stringify(report));
