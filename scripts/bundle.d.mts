/** Types of scripts/bundle.mjs for the TypeScript that imports it (the benchmark and the tests). */
export declare const EXTERNAL_PACKAGES: readonly string[];
/** Package name → the stub the bundle puts in its place (a path relative to the repository root). */
export declare const BUNDLE_STUBS: Readonly<Record<string, string>>;
export declare function bundleGateway(options: { root: string; outdir: string }): Promise<void>;
