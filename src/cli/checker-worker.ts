/** The checker thread's entry (checker-thread.ts): the checker's session (checker-session.ts) on the thread's parent port. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckerSettings } from './checker-thread';
import { serveChecker } from './checker-session';

serveChecker(workerData as CheckerSettings, parentPort!);
