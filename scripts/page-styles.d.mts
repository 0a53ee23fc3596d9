export interface PageSheet {
  /** The sheet's path as Vite's build manifest names it, e.g. "assets/lesson-shell-x.css". */
  readonly path: string;
  readonly selectors: readonly string[];
}
export interface ManifestChunk {
  readonly css?: readonly string[];
  readonly imports?: readonly string[];
}
export declare function selectorsOf(css: string): string[];
export declare function appliesTo(selector: string, document: Document): boolean;
export declare function companionSheets(manifest: Readonly<Record<string, ManifestChunk>>): Map<string, Set<string>>;
export declare function sheetsForPage<S extends PageSheet>(document: Document, sheets: readonly S[], options: { readonly base: S; readonly companions: ReadonlyMap<string, ReadonlySet<string>> }): S[];
