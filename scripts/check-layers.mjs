#!/usr/bin/env node
// `npm run check:layers`: every import in src/ runs the way layers.config.json declares.
// Reads each .ts/.tsx file with the TypeScript compiler API (static and type imports, re-exports,
// dynamic import(), import.meta.glob strings, new URL('./x', import.meta.url) for workers) and
// prints one line per import that runs against the declaration, naming the file, the import and
// the rule. Exit 1 when there is any; 0 when the tree follows its layers.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const SOURCE_FILE = /\.(?:ts|tsx|mts|cts)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

/** A glob (`*` within one path segment, `**` any number of segments) as a RegExp over '/'-separated paths. */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The declaration, checked: every layer named once, every allowed layer declared. */
export function readDeclaration(declaration) {
  const names = new Set();
  const layers = declaration.layers.map((layer) => {
    if (names.has(layer.name)) throw new Error(`layers.config.json: layer "${layer.name}" is declared twice`);
    names.add(layer.name);
    return { ...layer, patterns: layer.files.map(globToRegExp), mayImport: new Set(layer.mayImport), mayImportTypes: new Set(layer.mayImportTypes ?? []), forbiddenPackages: layer.forbiddenPackages ?? [] };
  });
  for (const layer of layers) {
    for (const allowed of [...layer.mayImport, ...layer.mayImportTypes]) if (!names.has(allowed)) throw new Error(`layers.config.json: layer "${layer.name}" may import "${allowed}", which is not declared`);
  }
  return layers;
}

/** The first layer (in declaration order) whose globs match the file, or undefined. */
export function layerOf(layers, file) {
  return layers.find((layer) => layer.patterns.some((pattern) => pattern.test(file)));
}

function stringOf(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function isImportMeta(node) {
  return ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword && node.name.text === 'meta';
}

/** `import type { A }` or `import { type A, type B }`: erased at build time, no code runs across it. */
function importIsTypeOnly(node) {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function exportIsTypeOnly(node) {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** Every module a file names: { specifier, line, kind: 'import' | 'glob' | 'url', typeOnly }. */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const add = (node, specifier, kind, typeOnly = false) => {
    if (specifier === undefined) return;
    found.push({ specifier, kind, typeOnly, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) add(node, stringOf(node.moduleSpecifier), 'import', importIsTypeOnly(node));
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node, stringOf(node.moduleSpecifier), 'import', exportIsTypeOnly(node));
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, stringOf(node.moduleReference.expression), 'import', node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, stringOf(node.argument.literal), 'import', true);
    else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node, stringOf(node.arguments[0]), 'import');
      // import.meta.glob('../x/*.ts') or import.meta.glob(['../a/*.ts', '!../a/b.ts'])
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'glob' && isImportMeta(callee.expression)) {
        const first = node.arguments[0];
        const globs = first && ts.isArrayLiteralExpression(first) ? first.elements.map(stringOf) : [stringOf(first)];
        for (const glob of globs) if (glob !== undefined && !glob.startsWith('!')) add(node, glob, 'glob');
      }
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      // new URL('./secret-guess.worker.ts', import.meta.url): Vite bundles the file it names.
      const [target, base] = node.arguments ?? [];
      if (base && ts.isPropertyAccessExpression(base) && base.name.text === 'url' && isImportMeta(base.expression)) add(node, stringOf(target), 'url');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A package's name from a bare specifier: 'react-dom/client' -> 'react-dom', '@noble/hashes/sha1' -> '@noble/hashes'. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function resolveRelative(fromFile, specifier, fileSet) {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier.split('?')[0]));
  for (const suffix of RESOLVE_SUFFIXES) if (fileSet.has(joined + suffix)) return [joined + suffix];
  return [joined];
}

/**
 * Checks a tree given as { files: [{ path, text }] } (paths relative to the repo, '/'-separated;
 * non-source files such as .css may be listed without text so imports of them resolve).
 * Returns the violations, each { file, line, specifier, target, rule, message }.
 */
export function checkLayers(declaration, files) {
  const layers = readDeclaration(declaration);
  const roots = declaration.roots.map(globToRegExp);
  const paths = files.map((file) => file.path);
  const fileSet = new Set(paths);
  const byName = new Map(layers.map((layer) => [layer.name, layer]));
  const violations = [];
  for (const file of files) {
    if (!SOURCE_FILE.test(file.path) || !roots.some((root) => root.test(file.path))) continue;
    const from = layerOf(layers, file.path);
    if (!from) {
      violations.push({ file: file.path, line: 1, specifier: '', target: '', rule: 'every file belongs to a layer', message: `${file.path} is in no layer: add its folder to a layer's "files" in layers.config.json` });
      continue;
    }
    for (const found of importsOf(file.path, file.text ?? '')) {
      const { specifier, line } = found;
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        const name = packageName(specifier);
        if (from.forbiddenPackages.includes(name)) {
          violations.push({ file: file.path, line, specifier, target: name, rule: `${from.name} imports no ${name}: ${from.why}`, message: `${file.path}:${line} imports '${specifier}': ${from.name} may not import the package ${name} (${from.why})` });
        }
        continue;
      }
      const targets = found.kind === 'glob'
        ? paths.filter((candidate) => globToRegExp(path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier))).test(candidate))
        : resolveRelative(file.path, specifier, fileSet);
      for (const target of targets) {
        const to = layerOf(layers, target);
        if (!to) {
          violations.push({ file: file.path, line, specifier, target, rule: 'every file belongs to a layer', message: `${file.path}:${line} imports '${specifier}' (${target}), which is in no layer of layers.config.json` });
          continue;
        }
        if (to === from || from.mayImport.has(to.name) || (found.typeOnly && from.mayImportTypes.has(to.name))) continue;
        const types = from.mayImportTypes.size > 0 ? ` (and types only from ${[...from.mayImportTypes].join(', ')})` : '';
        const allowed = ([...from.mayImport].join(', ') || 'nothing of ours') + types;
        violations.push({
          file: file.path,
          line,
          specifier,
          target,
          rule: `${from.name} may import ${allowed}`,
          message: `${file.path}:${line} imports '${specifier}' (${target}): ${from.name} may not import ${to.name} — rule: ${from.name} may import ${allowed} (${byName.get(from.name).why})`,
        });
      }
    }
  }
  return violations;
}

/** Every file below `dir` (relative to `repo`), '/'-separated, with the text of source files. */
export function readTree(repo, dir) {
  const out = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(repo, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push({ path: child, text: SOURCE_FILE.test(entry.name) ? fs.readFileSync(path.join(repo, child), 'utf8') : undefined });
    }
  };
  walk(dir);
  return out;
}

function main() {
  // --repo DIR checks another tree (a fixture) laid out like this one: DIR/layers.config.json and DIR/src.
  const { values } = parseArgs({ options: { repo: { type: 'string' } }, strict: true });
  const repo = path.resolve(values.repo ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const declaration = JSON.parse(fs.readFileSync(path.join(repo, 'layers.config.json'), 'utf8'));
  const files = readTree(repo, 'src');
  const violations = checkLayers(declaration, files);
  for (const violation of violations) console.error(violation.message);
  if (violations.length > 0) {
    console.error(`\n${violations.length} import(s) run against the layers declared in layers.config.json.`);
    process.exitCode = 1;
  } else {
    console.log(`check:layers: ${files.filter((file) => SOURCE_FILE.test(file.path)).length} files in src/ follow the ${declaration.layers.length} layers of layers.config.json.`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
