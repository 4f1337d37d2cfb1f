#!/usr/bin/env node
// The CLI is bundled into dist/cli.js by `npm run build:cli` (run by `prepare` on npm install).
import { main } from '../dist/cli.js';

await main();
