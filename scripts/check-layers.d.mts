export interface LayerDeclaration {
  readonly roots: readonly string[];
  readonly layers: readonly { readonly name: string; readonly files: readonly string[]; readonly mayImport: readonly string[]; readonly mayImportTypes?: readonly string[]; readonly forbiddenPackages?: readonly string[]; readonly why: string }[];
}
export interface TreeFile {
  readonly path: string;
  readonly text?: string;
}
export interface LayerViolation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly target: string;
  readonly rule: string;
  readonly message: string;
}
export interface FoundImport {
  readonly specifier: string;
  readonly kind: 'import' | 'glob' | 'url';
  readonly typeOnly: boolean;
  readonly line: number;
}
export declare function globToRegExp(glob: string): RegExp;
export declare function importsOf(fileName: string, text: string): FoundImport[];
export declare function packageName(specifier: string): string;
export declare function checkLayers(declaration: LayerDeclaration, files: readonly TreeFile[]): LayerViolation[];
export declare function readTree(repo: string, dir: string): TreeFile[];
