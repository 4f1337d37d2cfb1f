/**
 * The check worker's own worker: inflates the entries it is sent (inflation.ts), so that the check
 * worker reads one chunk of a sheet while this one inflates the next.
 */
/// <reference lib="webworker" />
import { serveInflation, type InflateAnswer, type InflateRequest, type Port } from './inflation';

declare const self: DedicatedWorkerGlobalScope;

const port = self as unknown as Port<InflateAnswer, InflateRequest>;
serveInflation(port);
port.postMessage({ kind: 'ready' }, []);
