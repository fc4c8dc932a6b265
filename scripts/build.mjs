/** `npm run build`: the production bundle in dist/ (see scripts/bundle.mjs), run as `node dist/main.js`. */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleGateway } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.argv[2] ?? `${root}dist`;
rmSync(outdir, { recursive: true, force: true });
await bundleGateway({ root, outdir });
