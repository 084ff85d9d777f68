#!/usr/bin/env node
// The CLI is TypeScript that shares the extension's engine; tsx runs it without a build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
