import { startTestEmulator } from './emulator/test/helpers';
const emu = await startTestEmulator();
await emu.ca.ensure();
console.log(emu.sdkUrl, emu.ca.caPath);
setTimeout(() => emu.stop().then(() => process.exit(0)), 150000);
