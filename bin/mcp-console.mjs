#!/usr/bin/env node
// `npx mcp-console` / `npm exec mcp-console` in this repository: the command line in cli/, run through tsx (a
// dependency of the console) so it shares the console's TypeScript schemas without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
