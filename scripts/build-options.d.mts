export declare const BUILD_USAGE: string;
export declare class BuildOptionsError extends Error {}
export declare function parseBuildOptions(args: readonly string[]): { base: string | undefined; outDir: string | undefined };
