import { setFlagsFromString } from 'node:v8';

/**
 * Lets V8's old generation grow to 2× the live heap before a full collection, instead of up to
 * 4×. The gateway's live heap is small (~35 MB) and nearly all of its garbage dies young, so full
 * collections stay cheap while the process holds 60–75 MB less under load (measured at saturation:
 * 20 aliased gets 252 → 177 MB, list of 20 190 → 165 MB, throughput unchanged; 50% saved a little
 * more memory but cost throughput and tail latency). A `--heap-growing-percent` given to node wins.
 * Imported first by main.ts: the setting is read at every collection.
 */
const HEAP_GROWING_PERCENT = 100;

if (!process.execArgv.some((argument) => argument.startsWith('--heap-growing-percent') || argument.startsWith('--heap_growing_percent'))) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
