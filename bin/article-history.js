#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so it always uses the same source as the extension.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
