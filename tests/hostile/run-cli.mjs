// Runs the CLI bundle named by COOPCHECK_CLI with this process's arguments, and writes the process's
// peak resident set (KiB, the checker's worker threads included) to COOPCHECK_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { peakRssKiB } from '../../scripts/bench/peak-rss.mjs';

process.on('exit', () => writeFileSync(process.env.COOPCHECK_RSS_FILE, String(peakRssKiB())));
const { main } = await import(process.env.COOPCHECK_CLI);
await main();
