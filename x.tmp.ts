import { startTestEmulator } from './emulator/test/helpers';
import { execFileSync } from 'node:child_process';
const emu = await startTestEmulator();
let t = Date.now(); await emu.ca.ensure(); console.log('ca', Date.now() - t, emu.ca.caPath);
const out = execFileSync('curl', ['-sS', '--cacert', emu.ca.caPath!, '-X', 'POST', '-d', `grant_type=client_credentials&client_id=${emu.clientId}&client_secret=${emu.clientSecret}`, `${emu.sdkUrl}/oauth/token`]).toString();
console.log('curl https h1/h2', out.slice(0, 80));
const out2 = execFileSync('curl', ['-sS', '--http1.1', '--cacert', emu.ca.caPath!, `${emu.sdkUrl}/keys`]).toString();
console.log('curl https h1', out2.slice(0, 60));
const script = `
const { ScalekitClient } = require('@scalekit-sdk/node');
(async () => {
const sk = new ScalekitClient(process.env.URL, '${emu.clientId}', '${emu.clientSecret}');
const r = await sk.actions.listConnectedAccounts({ connectionName: 'gmail', pageSize: 2 });
console.log('tls list', r.connectedAccounts.length, r.totalSize);
})().catch(e => { console.error('child err', e); process.exit(1); });`;
const o = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, URL: emu.sdkUrl, NODE_EXTRA_CA_CERTS: emu.ca.caPath! } }).toString();
console.log(o);
await emu.stop();
