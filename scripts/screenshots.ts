/**
 * `npm run screenshots`: rebuilds and runs the Playwright suite with UPDATE_SCREENSHOTS=1, the only way the
 * tracked docs/screenshots/*.png are rewritten (a plain `npm test` leaves them, and `git status`, alone).
 * Extra arguments go to scripts/test.ts, e.g. `npm run screenshots -- --skip=build` to reuse a build.
 */
import { spawn } from 'node:child_process';
import { ROOT } from './lib/processes';

const proc = spawn(
  `${ROOT}/node_modules/.bin/tsx`,
  ['scripts/test.ts', '--skip=lint,format,typecheck,unit', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, UPDATE_SCREENSHOTS: '1' } },
);
proc.on('exit', (code) => process.exit(code ?? 1));
