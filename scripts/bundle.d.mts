/** Types of scripts/bundle.mjs for the TypeScript that imports it (the benchmark and the tests). */
export declare const EXTERNAL_PACKAGES: readonly string[];
export declare function bundleGateway(options: { root: string; outdir: string }): Promise<void>;
