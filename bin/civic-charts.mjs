#!/usr/bin/env node
// The `civic-charts` command (see src/cli/main.ts, built to dist/cli/main.js by `npm run build`).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
