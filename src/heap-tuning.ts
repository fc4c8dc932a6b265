import { setFlagsFromString } from 'node:v8';

/**
 * Lets V8's old generation grow to 1.75× the live heap before a full collection, instead of up to
 * 4×. Nearly all of the gateway's garbage dies young, so full collections are rare, and the process
 * holds much less under load than on V8's own growth (243–265 MB peak RSS at list saturation,
 * measured with a 30 MB live heap).
 *
 * The factor follows the live heap the bundle has now, ~18.5 MB after a warm-up (a heap snapshot;
 * 24.4 MB before the config parser moved to zod's mini build and graphql-jit's unused serializer
 * left the bundle). Replayed (a 200-caller list saturation, then three 20-s rounds at 3,000
 * lists/s, two or three alternations), full collections in the rounds and peak RSS:
 * - the heap before, at 1.5×: 5–7, 161–173 MB;
 * - now at 1.5×: 12–13 (the smaller heap collected twice as often), 149–156 MB;
 * - now at 1.75×: 5–6, 158–169 MB;
 * - now at 2×: 4, 165–175 MB, but 195 MB over a full bench run's saturation cells (the line is 200).
 * A `--heap-growing-percent` given to node wins. Imported first by main.ts: the setting is read at
 * every collection.
 */
const HEAP_GROWING_PERCENT = 75;

if (!process.execArgv.some((argument) => argument.startsWith('--heap-growing-percent') || argument.startsWith('--heap_growing_percent'))) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
