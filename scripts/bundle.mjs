/**
 * The gateway as one esbuild bundle of src/main.ts with its packages: what `npm run build` puts in
 * dist/, for `npm start` and the Docker image. Node then loads a handful of files instead of
 * hundreds of modules, so the first answer comes well within a second of start. Optional parts
 * (the emulator, tracing, the GraphiQL page) stay separate chunks loaded on first use.
 */
import { build } from 'esbuild';

/** Packages the bundle leaves to node_modules (they must be production dependencies). */
export const EXTERNAL_PACKAGES = ['@graphql-yoga/render-graphiql'];

export async function bundleGateway({ root, outdir }) {
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    // CommonJS packages inside an ES module bundle still call require() for node's built-ins.
    banner: { js: "import { createRequire as __gatewayCreateRequire } from 'node:module'; const require = __gatewayCreateRequire(import.meta.url);" },
    outdir,
    logLevel: 'warning',
  });
}
